namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Which characters of a paragraph are inside quoted words. Curly quotes open (“) and close (”); straight
/// double quotes toggle, which also copes with the mixed “…" pairs that captured pages contain. Single
/// quotes are ignored: they are mostly apostrophes, and nested quotes stay inside the outer quote anyway; but a “
/// that no ” closes does close at a ’ right after a sentence's punctuation (“cattle.’ Pritzker’s opponent says …": a
/// typo that had quoted the rest of the paragraph).
/// </summary>
internal sealed class QuoteMap
{
    private const int StackSpans = 16;

    // The quoted stretches as [start, end) pairs, in order and apart: a paragraph has a few, and half of all
    // paragraphs none, so this costs next to nothing where a flag per character cost a byte of garbage per
    // character (~40 MiB of a 100k-paragraph build's 1.5 GiB).
    private readonly int[] spans;

    private QuoteMap(int[] spans, bool endsOpen, bool hasQuote, bool startsWithQuote)
    {
        this.spans = spans;
        EndsOpen = endsOpen;
        HasQuote = hasQuote;
        StartsWithQuote = startsWithQuote;
    }

    /// <summary>The paragraph ends inside a quote: by convention the quote continues in the next paragraph.</summary>
    public bool EndsOpen { get; }

    public bool HasQuote { get; }

    public bool StartsWithQuote { get; }

    /// <summary>
    /// The quote marks themselves count as inside, a closing mark with no opening one too; an opening mark inside
    /// a quote changes nothing.
    /// </summary>
    public static QuoteMap Build(string text)
    {
        var startsWithQuote = StartsWithQuoteIn(text);
        if (text.AsSpan().IndexOfAny('“', '”', '"') < 0)
        {
            return new QuoteMap([], endsOpen: false, hasQuote: false, startsWithQuote);
        }

        Span<int> buffer = stackalloc int[2 * StackSpans];
        var found = new SpanList(buffer);
        var spanStart = -1;
        var hasQuote = false;
        var ahead = new MarksAhead();
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '“':
                    hasQuote = true;
                    if (spanStart < 0)
                    {
                        spanStart = i;
                    }

                    break;
                case '”':
                    found.Add(spanStart < 0 ? i : spanStart, i + 1);
                    spanStart = -1;
                    break;
                case '’' when spanStart >= 0 && text[spanStart] == '“' && ClosesUnmatchedQuote(text, i, ref ahead):
                    found.Add(spanStart, i + 1);
                    spanStart = -1;
                    break;
                case '"':
                    hasQuote = true;
                    if (spanStart < 0)
                    {
                        spanStart = i;
                    }
                    else
                    {
                        found.Add(spanStart, i + 1);
                        spanStart = -1;
                    }

                    break;
            }
        }

        var endsOpen = spanStart >= 0;
        if (endsOpen)
        {
            found.Add(spanStart, text.Length);
        }

        return new QuoteMap(found.ToArray(), endsOpen, hasQuote, startsWithQuote);
    }

    /// <summary>
    /// A ’ after ".", ",", "!" or "?" and before a space or the end, with no ” or " after it until the next “: it closes
    /// the “ that nothing else would (a nested ‘…’ inside a quote that closes later stays inside).
    /// </summary>
    private static bool ClosesUnmatchedQuote(string text, int i, ref MarksAhead ahead)
    {
        if (i == 0 || text[i - 1] is not ('.' or ',' or '!' or '?') || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
        {
            return false;
        }

        var nextClose = ahead.NextClose(text, i);
        var nextOpen = ahead.NextOpen(text, i);
        return nextClose < 0 || (nextOpen >= 0 && nextOpen < nextClose);
    }

    /// <summary>
    /// The next closing and opening marks after a position, each found again only once the position passes it: the
    /// positions asked about only grow, so the scans stay linear in the paragraph's length however many ’ it holds.
    /// </summary>
    private struct MarksAhead
    {
        private int close;
        private int open;
        private bool closeKnown;
        private bool openKnown;

        public int NextClose(string text, int after)
        {
            if (!closeKnown || (close >= 0 && close <= after))
            {
                var found = text.AsSpan(after + 1).IndexOfAny('”', '"');
                close = found < 0 ? -1 : after + 1 + found;
                closeKnown = true;
            }

            return close;
        }

        public int NextOpen(string text, int after)
        {
            if (!openKnown || (open >= 0 && open <= after))
            {
                var found = text.AsSpan(after + 1).IndexOf('“');
                open = found < 0 ? -1 : after + 1 + found;
                openKnown = true;
            }

            return open;
        }
    }

    /// <summary><see cref="HasQuote"/> without building the map: the text contains an opening or straight double quote.</summary>
    public static bool HasQuoteIn(string text) => text.AsSpan().IndexOfAny('“', '"') >= 0;

    /// <summary><see cref="StartsWithQuote"/> without building the map.</summary>
    public static bool StartsWithQuoteIn(string text) => text.Length > 0 && text[0] is '“' or '"';

    /// <summary><see cref="EndsOpen"/> without building the map.</summary>
    public static bool EndsOpenIn(string text)
    {
        var open = false;
        var openedCurly = false;
        var ahead = new MarksAhead();
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '“':
                    openedCurly |= !open;
                    open = true;
                    break;
                case '”':
                    open = false;
                    break;
                case '’' when open && openedCurly && ClosesUnmatchedQuote(text, i, ref ahead):
                    open = false;
                    break;
                case '"':
                    open = !open;
                    openedCurly = false;
                    break;
            }
        }

        return open;
    }

    /// <summary>
    /// A binary search over the stretches: asked for every word and cue, a walk over all the quotes before the
    /// index made a paragraph of many quotes quadratic in its length.
    /// </summary>
    public bool IsQuoted(int index)
    {
        // The last stretch starting at or before the index is the only one that can hold it.
        int low = 0, high = spans.Length / 2;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (spans[2 * middle] <= index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low > 0 && index < spans[2 * (low - 1) + 1];
    }

    /// <summary>Span pairs gathered on the stack, spilling to the heap only for a paragraph of many quotes.</summary>
    private ref struct SpanList(Span<int> buffer)
    {
        private Span<int> _items = buffer;
        private int _count;

        public void Add(int start, int end)
        {
            if (_count + 2 > _items.Length)
            {
                var larger = new int[_items.Length * 2];
                _items.CopyTo(larger);
                _items = larger;
            }

            _items[_count++] = start;
            _items[_count++] = end;
        }

        public readonly int[] ToArray() => _items[.._count].ToArray();
    }
}
