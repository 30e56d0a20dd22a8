namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>Name comparison that ignores case, accents and punctuation ("Núñez" = "Nunez", "O’Brien" = "O'Brien").</summary>
internal static class NameKey
{
    // The build runs with invariant globalization, where string.Normalize cannot decompose accents,
    // so common Latin letters with diacritics are folded by table.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćĐđŁłŃńŚśŹźŻżĘęĄąŐőŰűŘřŤťĚěŮůĞğŞşİı";
    private const string Folded = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcDdLlNnSsZzZzEeAaOoUuRrTtEeUuGgSsIi";

    public static string Of(string name)
    {
        // Every mention and entity is keyed: the key is built in a stack buffer, not a StringBuilder.
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var lastWasSpace = true;
        foreach (var raw in name)
        {
            var index = raw < 128 ? -1 : Accented.IndexOf(raw, StringComparison.Ordinal);
            var c = index >= 0 ? Folded[index] : raw;
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
                lastWasSpace = false;
            }
            else if (char.IsWhiteSpace(c) && !lastWasSpace)
            {
                buffer[length++] = ' ';
                lastWasSpace = true;
            }
        }

        while (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }

        return length == name.Length && name.AsSpan().SequenceEqual(buffer[..length]) ? name : new string(buffer[..length]);
    }

    // Generational suffixes are not surnames: "Martin Luther King Jr." is Mr. King.
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>First and last name only, so "Leo P. Grant" and "Leo Grant" are one person.</summary>
    public static string FirstLast(string name) => FirstLastOfKey(Of(name));

    public static string Last(string name) => LastOfKey(Of(name));

    /// <summary><see cref="FirstLast"/> of a name already reduced by <see cref="Of"/>.</summary>
    public static string FirstLastOfKey(string key)
    {
        var (first, last) = Ends(key);
        if (first.Length == 0)
        {
            return "";
        }

        if (first.Start == last.Start)
        {
            return first.Length == key.Length ? key : key.Substring(first.Start, first.Length);
        }

        return first.Start == 0 && last.Start + last.Length == key.Length && last.Start == first.Length + 1
            ? key
            : string.Concat(key.AsSpan(first.Start, first.Length), " ", key.AsSpan(last.Start, last.Length));
    }

    /// <summary><see cref="Last"/> of a name already reduced by <see cref="Of"/>.</summary>
    public static string LastOfKey(string key)
    {
        var (_, last) = Ends(key);
        return last.Length == key.Length ? key : key.Substring(last.Start, last.Length);
    }

    /// <summary>
    /// The first and the last part of a key (its words; a key is single-spaced with no space at either end),
    /// generational suffixes dropped from the end while more than one part remains. Both empty for an empty key.
    /// </summary>
    private static ((int Start, int Length) First, (int Start, int Length) Last) Ends(string key)
    {
        if (key.Length == 0)
        {
            return ((0, 0), (0, 0));
        }

        var firstSpace = key.IndexOf(' ', StringComparison.Ordinal);
        var first = (Start: 0, Length: firstSpace < 0 ? key.Length : firstSpace);
        var end = key.Length;
        while (true)
        {
            var space = key.LastIndexOf(' ', end - 1);
            var last = (Start: space + 1, Length: end - space - 1);
            if (space < 0 || !Suffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key.AsSpan(last.Start, last.Length)))
            {
                return (first, last);
            }

            end = space;
        }
    }
}
