using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PolicySearch.Core.Querying;
using PolicySearch.Core.Querying.Execution;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Search;

/// <summary>
/// Marks what a query matched in a paragraph, by re-analysing the paragraph with character offsets (offsets are
/// not stored in the index). Marked: every occurrence of a query term or prefix, every whole occurrence of a
/// phrase (one mark from its first to its last word), every word of a proximity window. Not marked: words of a
/// phrase outside a phrase match, excluded (NOT / -) clauses, fielded clauses. Everything else is HTML-encoded,
/// so article text can never inject markup.
/// </summary>
internal sealed class Highlighter
{
    public const string OpenMark = "<mark>";
    public const string CloseMark = "</mark>";

    /// <summary>
    /// Escapes what HTML treats as markup (&lt; &gt; &amp; quotes) but leaves letters of every script as they are,
    /// so "López" stays readable for API clients instead of becoming <c>L&amp;#243;pez</c>.
    /// </summary>
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];
    private readonly List<PhraseQuery> _phrases = [];

    public Highlighter(QueryNode query) => Collect(query);

    private void Collect(QueryNode query)
    {
        switch (query)
        {
            case TermQuery term:
                _terms.Add(term.Term);
                break;
            case PrefixQuery prefix:
                _prefixes.Add(prefix.Prefix);
                break;
            case PhraseQuery phrase:
                _phrases.Add(phrase);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur is Occur.Should or Occur.Must))
                {
                    Collect(clause.Query);
                }

                break;
        }
    }

    public (string Html, IReadOnlyList<MatchSpan> Matches) Highlight(string text)
    {
        var tokens = TextAnalyzer.Analyze(text);
        var marked = new List<(int First, int Last)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var term = tokens[i].Term;
            if (_terms.Contains(term) || _prefixes.Exists(prefix => term.StartsWith(prefix, StringComparison.Ordinal)))
            {
                marked.Add((i, i));
            }
        }

        foreach (var phrase in _phrases)
        {
            MarkPhrase(phrase, tokens, marked);
        }

        var spans = Merge(marked.Select(m => (tokens[m.First].Start, tokens[m.Last].End)));
        return (Render(text, spans), spans);
    }

    private static void MarkPhrase(PhraseQuery phrase, List<AnalyzedToken> tokens, List<(int First, int Last)> marked)
    {
        var positions = new int[phrase.Terms.Count][];
        var counts = new int[phrase.Terms.Count];
        for (var j = 0; j < positions.Length; j++)
        {
            positions[j] = [.. Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Term == phrase.Terms[j])];
            counts[j] = positions[j].Length;
            if (counts[j] == 0)
            {
                return;
            }
        }

        if (phrase.Slop is { } slop)
        {
            var windows = new List<(int First, int Last)>();
            PositionMatcher.NearMatches(positions, counts, slop, windows);
            var words = phrase.Terms.ToHashSet(StringComparer.Ordinal);
            marked.AddRange(windows.SelectMany(w => Enumerable.Range(w.First, w.Last - w.First + 1))
                .Where(i => words.Contains(tokens[i].Term)).Select(i => (i, i)));
        }
        else
        {
            var starts = new List<int>();
            PositionMatcher.ExactMatches(positions, counts, starts);
            marked.AddRange(starts.Select(start => (start, start + phrase.Terms.Count - 1)));
        }
    }

    /// <summary>Sorted, non-overlapping spans: overlapping marks (a term inside a phrase match) become one.</summary>
    private static List<MatchSpan> Merge(IEnumerable<(int Start, int End)> ranges)
    {
        var spans = new List<MatchSpan>();
        int start = -1, end = -1;
        foreach (var range in ranges.OrderBy(r => r.Start).ThenBy(r => r.End))
        {
            if (range.Start < end)
            {
                end = Math.Max(end, range.End);
                continue;
            }

            if (end >= 0)
            {
                spans.Add(new MatchSpan(start, end - start));
            }

            (start, end) = range;
        }

        if (end >= 0)
        {
            spans.Add(new MatchSpan(start, end - start));
        }

        return spans;
    }

    private static string Render(string text, List<MatchSpan> spans)
    {
        var html = new StringWriter(new StringBuilder(text.Length + (spans.Count * 13)), CultureInfo.InvariantCulture);
        var written = 0;
        foreach (var span in spans)
        {
            TextEncoder.Encode(html, text, written, span.Start - written);
            html.Write(OpenMark);
            TextEncoder.Encode(html, text, span.Start, span.Length);
            html.Write(CloseMark);
            written = span.Start + span.Length;
        }

        TextEncoder.Encode(html, text, written, text.Length - written);
        return html.ToString();
    }
}
