namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Which characters of a paragraph are inside quoted words. Curly quotes open (“) and close (”); straight
/// double quotes toggle, which also copes with the mixed “…" pairs that captured pages contain. Single
/// quotes are ignored: they are mostly apostrophes, and nested quotes stay inside the outer quote anyway.
/// </summary>
internal sealed class QuoteMap
{
    private readonly bool[] inside;

    private QuoteMap(bool[] inside, bool endsOpen, bool hasQuote, bool startsWithQuote)
    {
        this.inside = inside;
        EndsOpen = endsOpen;
        HasQuote = hasQuote;
        StartsWithQuote = startsWithQuote;
    }

    /// <summary>The paragraph ends inside a quote: by convention the quote continues in the next paragraph.</summary>
    public bool EndsOpen { get; }

    public bool HasQuote { get; }

    public bool StartsWithQuote { get; }

    public static QuoteMap Build(string text)
    {
        var inside = new bool[text.Length];
        var open = false;
        var hasQuote = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '“':
                    open = true;
                    hasQuote = true;
                    inside[i] = true;
                    continue;
                case '”':
                    inside[i] = true;
                    open = false;
                    continue;
                case '"':
                    inside[i] = true;
                    open = !open;
                    hasQuote = true;
                    continue;
                default:
                    inside[i] = open;
                    break;
            }
        }

        return new QuoteMap(inside, open, hasQuote, text.Length > 0 && text[0] is '“' or '"');
    }

    /// <summary><see cref="HasQuote"/> without building the map: the text contains an opening or straight double quote.</summary>
    public static bool HasQuoteIn(string text) => text.AsSpan().IndexOfAny('“', '"') >= 0;

    /// <summary><see cref="StartsWithQuote"/> without building the map.</summary>
    public static bool StartsWithQuoteIn(string text) => text.Length > 0 && text[0] is '“' or '"';

    /// <summary><see cref="EndsOpen"/> without building the map.</summary>
    public static bool EndsOpenIn(string text)
    {
        var open = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case '“':
                    open = true;
                    break;
                case '”':
                    open = false;
                    break;
                case '"':
                    open = !open;
                    break;
            }
        }

        return open;
    }

    public bool IsQuoted(int index) => index >= 0 && index < inside.Length && inside[index];
}
