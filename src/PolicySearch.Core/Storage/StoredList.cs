namespace PolicySearch.Core.Storage;

/// <summary>
/// A short list of strings (speakers, stance evidence) as one newline-joined column: read for every hit, so
/// splitting must be cheaper than JSON. Items are phrases of one paragraph, and a paragraph never holds a
/// newline (the corpus separates paragraphs with them), so the separator cannot occur inside an item; items
/// are never empty (a name, a cue), so an empty column is the empty list.
/// </summary>
internal static class StoredList
{
    private const char Separator = '\n';

    public static string Join(IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            if (item.Contains(Separator, StringComparison.Ordinal))
            {
                throw new ArgumentException($"A stored list item cannot contain a newline: '{item}'.", nameof(items));
            }
        }

        return string.Join(Separator, items);
    }

    public static string[] Split(string stored) => stored.Length == 0 ? [] : stored.Split(Separator);
}
