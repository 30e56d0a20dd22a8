using System.Text;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Analysis.Stances;
using PolicySearch.Core.Querying.Parsing;

namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// The side a query's own words take toward sanctuary protections, read by the analysis's stance cues
/// (<see cref="TextStance"/>) over the words and phrases it asks for, in the order typed: not the excluded ones
/// (<c>-criminals</c>, <c>NOT (…)</c>) and not facet values (<c>stance:opposes</c>, <c>speaker:"…"</c>).
/// </summary>
internal static class QueryStance
{
    public static Stance Of(string? query) => string.IsNullOrWhiteSpace(query) ? Stance.Neutral : TextStance.Default.Of(AskedText(query));

    /// <summary>The query's positive words and phrases joined by spaces; operators, exclusions and facet values left out.</summary>
    internal static string AskedText(string query)
    {
        var text = new StringBuilder();
        var excludedDepth = -1;
        var depth = 0;
        var skipNext = false;
        foreach (var token in QueryLexer.Tokenize(query))
        {
            switch (token.Kind)
            {
                case QueryTokenKind.Not or QueryTokenKind.Prohibited or QueryTokenKind.Field:
                    skipNext = true;
                    continue;
                case QueryTokenKind.OpenGroup:
                    if (skipNext && excludedDepth < 0)
                    {
                        excludedDepth = depth;
                    }

                    skipNext = false;
                    depth++;
                    continue;
                case QueryTokenKind.CloseGroup:
                    depth--;
                    if (depth == excludedDepth)
                    {
                        excludedDepth = -1;
                    }

                    continue;
                case QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Prefix:
                    if (!skipNext && excludedDepth < 0)
                    {
                        text.Append(text.Length == 0 ? "" : " ").Append(token.Text);
                    }

                    skipNext = false;
                    continue;
                default:
                    continue;
            }
        }

        return text.ToString();
    }
}
