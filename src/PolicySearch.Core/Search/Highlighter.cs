using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PolicySearch.Core.Querying;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Search;

/// <summary>
/// Marks what a query matched in a paragraph, by re-analysing the paragraph with the index's own analyzer
/// (<see cref="TextAnalyzer"/>), whose token stream gives each term's character offsets. Ours because Lucene.Net
/// 4.8's highlighters cannot meet the SPEC's rule: the offsets-based one lives in Lucene.Net.ICU (which would pin
/// every Lucene.Net package to an older beta), marks each term of a phrase separately, ignores prefixes, and
/// escapes nothing unless given a formatter. Marked: every occurrence of a query term or prefix, every whole occurrence of a
/// phrase (one mark from its first to its last word), every word of a proximity window. Not marked: words of a
/// phrase outside a phrase match, excluded (NOT / -) clauses, fielded clauses. Everything else is HTML-encoded,
/// so article text can never inject markup.
/// One instance serves the hits of one search, on one thread: it reuses its buffers from hit to hit.
/// </summary>
internal sealed class Highlighter
{
    public const string OpenMark = "<mark>";
    public const string CloseMark = "</mark>";

    private const int NoWord = -1;

    /// <summary>
    /// Escapes what HTML treats as markup (&lt; &gt; &amp; quotes) but leaves letters of every script as they are,
    /// so "López" stays readable for API clients instead of becoming <c>L&amp;#243;pez</c>.
    /// </summary>
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Every word the query names (its terms and its phrases' words), numbered; marked everywhere only if a term.
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly List<bool> _isTerm = [];
    private readonly List<string> _prefixes = [];
    private readonly List<Phrase> _phrases = [];

    // Per hit, reused: the paragraph's tokens (character range and query word) and the character ranges to mark.
    private readonly List<(int Start, int End, int Word)> _tokens = [];
    private readonly List<(int Start, int End)> _marks = [];
    private readonly List<int> _phraseStarts = [];
    private readonly List<(int First, int Last)> _windows = [];

    public Highlighter(QueryNode query)
    {
        Collect(query);
    }

    private void Collect(QueryNode query)
    {
        switch (query)
        {
            case TermQuery term:
                _isTerm[WordId(term.Term)] = true;
                break;
            case PrefixQuery prefix:
                _prefixes.Add(prefix.Prefix);
                break;
            case PhraseQuery phrase:
                _phrases.Add(new Phrase([.. phrase.Terms.Select(WordId)], phrase.Slop));
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur is Occur.Should or Occur.Must))
                {
                    Collect(clause.Query);
                }

                break;
        }
    }

    private int WordId(string word)
    {
        if (!_wordIds.TryGetValue(word, out var id))
        {
            id = _isTerm.Count;
            _wordIds[word] = id;
            _isTerm.Add(false);
        }

        return id;
    }

    public (string Html, IReadOnlyList<MatchSpan> Matches) Highlight(string text)
    {
        _tokens.Clear();
        _marks.Clear();
        foreach (var token in TextAnalyzer.Analyze(text))
        {
            var word = _wordIds.TryGetValue(token.Term, out var id) ? id : NoWord;
            if ((word != NoWord && _isTerm[word]) || StartsWithAnyPrefix(token.Term))
            {
                _marks.Add((token.Start, token.End));
            }

            _tokens.Add((token.Start, token.End, word));
        }

        foreach (var phrase in _phrases)
        {
            MarkPhrase(phrase);
        }

        var spans = MergeMarks();
        return (Render(text, spans), spans);
    }

    private bool StartsWithAnyPrefix(ReadOnlySpan<char> term)
    {
        foreach (var prefix in _prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void MarkPhrase(Phrase phrase)
    {
        for (var j = 0; j < phrase.Words.Length; j++)
        {
            phrase.Counts[j] = 0;
            if (phrase.Positions[j].Length < _tokens.Count)
            {
                phrase.Positions[j] = new int[_tokens.Count];
            }
        }

        for (var i = 0; i < _tokens.Count; i++)
        {
            for (var j = 0; j < phrase.Words.Length; j++)
            {
                if (phrase.Words[j] == _tokens[i].Word)
                {
                    phrase.Positions[j][phrase.Counts[j]++] = i;
                }
            }
        }

        if (phrase.Counts.Contains(0))
        {
            return;
        }

        if (phrase.Slop is { } slop)
        {
            // Proximity: every phrase word inside a matching window.
            _windows.Clear();
            PositionMatcher.NearMatches(phrase.Positions, phrase.Counts, slop, _windows);
            foreach (var (first, last) in _windows)
            {
                for (var i = first; i <= last; i++)
                {
                    if (phrase.Words.Contains(_tokens[i].Word))
                    {
                        _marks.Add((_tokens[i].Start, _tokens[i].End));
                    }
                }
            }
        }
        else
        {
            _phraseStarts.Clear();
            PositionMatcher.ExactMatches(phrase.Positions, phrase.Counts, _phraseStarts);
            foreach (var start in _phraseStarts)
            {
                _marks.Add((_tokens[start].Start, _tokens[start + phrase.Words.Length - 1].End));
            }
        }
    }

    /// <summary>Sorted, non-overlapping spans: overlapping marks (a term inside a phrase match) become one.</summary>
    private List<MatchSpan> MergeMarks()
    {
        _marks.Sort();
        var spans = new List<MatchSpan>(_marks.Count);
        int start = -1, end = -1;
        foreach (var mark in _marks)
        {
            if (mark.Start < end)
            {
                end = Math.Max(end, mark.End);
                continue;
            }

            if (end >= 0)
            {
                spans.Add(new MatchSpan(start, end - start));
            }

            (start, end) = mark;
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

    /// <summary>A phrase of the query as word ids, with its per-hit position lists (reused, grown as needed).</summary>
    private sealed class Phrase(int[] words, int? slop)
    {
        public int[] Words { get; } = words;

        public int? Slop { get; } = slop;

        public int[][] Positions { get; } = [.. words.Select(_ => Array.Empty<int>())];

        public int[] Counts { get; } = new int[words.Length];
    }
}
