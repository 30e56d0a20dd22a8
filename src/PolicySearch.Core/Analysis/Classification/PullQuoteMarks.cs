namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// Pull quotes: a short quotation, set out as its own paragraph, whose words all stand, in order, inside a longer
/// content paragraph a few lines away (the page prints a sentence of the body again, larger, as a design element).
/// The copy is boilerplate; the text stays indexed once, in the body paragraph it came from. Runs after every other
/// pass, so only lines still taken for content on both sides are compared.
/// </summary>
internal static class PullQuoteMarks
{
    public const string Rule = "boilerplate.pull-quote";

    // A pull quote is a sentence or two; a shorter line ("Thank you.") may recur by chance.
    private const int MinWords = 8;
    private const int MaxWords = 60;

    // How far from its source a pull quote may stand; also keeps the pass linear in the article's length.
    private const int Reach = 10;

    // Only a quotation: a plain sentence that a longer paragraph repeats and extends is the body going on (a lede
    // crawled twice, a sentence and the same sentence with its credit), not a design element.
    private static bool OpensWithQuote(string text) => text.TrimStart() is { Length: > 0 } t && t[0] is '"' or '“' or '‘' or '\'';

    /// <summary>
    /// "“In the face of attempts to stoke fear, …”" above "--Illinois Gov. JB Pritzker": a quotation set out with its
    /// own attribution line is an epigraph that names its speaker, kept as content even when the body repeats it.
    /// </summary>
    private static bool IsAttributedBelow(IReadOnlyList<string> paragraphs, int i) =>
        i + 1 < paragraphs.Count && paragraphs[i + 1].TrimStart() is { Length: > 0 } next
        && (next.StartsWith("--", StringComparison.Ordinal) || next[0] is '—' or '–');

    internal static void MarkPullQuotes(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        var comparable = new string?[paragraphs.Count];
        string Comparable(int i) => comparable[i] ??= TextShape.Comparable(paragraphs[i]);

        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (results[i].Kind != ParagraphKind.Content || wordCounts[i] is < MinWords or > MaxWords || !OpensWithQuote(paragraphs[i])
                || IsAttributedBelow(paragraphs, i))
            {
                continue;
            }

            for (var j = Math.Max(0, i - Reach); j < paragraphs.Count && j <= i + Reach; j++)
            {
                if (j != i && results[j].Kind == ParagraphKind.Content && wordCounts[j] > wordCounts[i]
                    && Comparable(j).Contains(Comparable(i), StringComparison.Ordinal))
                {
                    results[i] = (ParagraphKind.Boilerplate, Rule);
                    break;
                }
            }
        }
    }
}
