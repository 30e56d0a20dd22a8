namespace PolicySearch.Core.Analysis;

/// <summary>
/// Splits an article into paragraphs at every line break (SPEC §1): blank lines and single line breaks both
/// end a paragraph, because some files put one paragraph per line with no blank lines at all.
/// Lines are trimmed and empty lines skipped, so a paragraph's index counts non-empty lines.
/// </summary>
public static class ParagraphSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            // Trim() also removes \r and no-break spaces, which some captured pages leave at line ends.
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                paragraphs.Add(trimmed);
            }
        }

        return paragraphs;
    }
}
