using System.Text;

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
        var builder = new StringBuilder(name.Length);
        var lastWasSpace = true;
        foreach (var raw in name)
        {
            var index = Accented.IndexOf(raw, StringComparison.Ordinal);
            var c = index >= 0 ? Folded[index] : raw;
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (char.IsWhiteSpace(c) && !lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    // Generational suffixes are not surnames: "Martin Luther King Jr." is Mr. King.
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>First and last name only, so "Leo P. Grant" and "Leo Grant" are one person.</summary>
    public static string FirstLast(string name)
    {
        var parts = Parts(name);
        return parts.Count <= 1 ? string.Join(' ', parts) : parts[0] + " " + parts[^1];
    }

    public static string Last(string name)
    {
        var parts = Parts(name);
        return parts.Count == 0 ? "" : parts[^1];
    }

    private static List<string> Parts(string name)
    {
        var parts = Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (parts.Count > 1 && Suffixes.Contains(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return parts;
    }
}
