namespace PolicySearch.Core.Text;

/// <summary>
/// Finds the raw tokens of a text as UTF-16 ranges, without allocating: a token starts at a token
/// character and runs over token characters and folded diacritics (<see cref="TokenCharacters"/>).
/// An unpaired surrogate separates, as the U+FFFD it becomes in UTF-8 would in FTS5.
/// </summary>
public ref struct Tokenizer(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _next;

    /// <summary>Start of the current token (inclusive).</summary>
    public int Start { get; private set; }

    /// <summary>End of the current token (exclusive).</summary>
    public int End { get; private set; }

    /// <summary>The current token's raw characters.</summary>
    public readonly ReadOnlySpan<char> Current => _text[Start..End];

    public bool MoveNext()
    {
        if (!Next(_text, ref _next, out var start, out var end))
        {
            return false;
        }

        (Start, End) = (start, end);
        return true;
    }

    /// <summary>
    /// The next token of <paramref name="text"/> at or after <paramref name="next"/>, which it advances past the
    /// token; the stateless form behind <see cref="MoveNext"/>, for callers that cannot hold a ref struct
    /// (the Lucene tokenizer keeps its position between calls).
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int next, out int start, out int end)
    {
        var i = next;
        while (i < text.Length)
        {
            if (IsTokenStart(text, i, out var width))
            {
                start = i;
                i += width;
                while (i < text.Length && ContinuesToken(text, i, out width))
                {
                    i += width;
                }

                end = i;
                next = i;
                return true;
            }

            i += width;
        }

        next = i;
        start = end = i;
        return false;
    }

    // Every character of every indexed paragraph passes through these two: ASCII, nearly all of it, is decided
    // inline; only other characters pay for reading a code point and looking up its Unicode category.
    private static bool IsTokenStart(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        if (c < 0x80)
        {
            width = 1;
            return IsAsciiTokenCharacter(c);
        }

        return TokenCharacters.IsTokenCharacter(ReadCodePoint(text, index, out width));
    }

    private static bool ContinuesToken(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        if (c < 0x80)
        {
            width = 1;
            return IsAsciiTokenCharacter(c);
        }

        var codePoint = ReadCodePoint(text, index, out width);
        return TokenCharacters.IsTokenCharacter(codePoint) || TokenCharacters.IsFoldedDiacritic(codePoint);
    }

    private static bool IsAsciiTokenCharacter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>The code point at <paramref name="index"/>; an unpaired surrogate reads as U+FFFD.</summary>
    internal static int ReadCodePoint(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (!char.IsSurrogate(c))
        {
            return c;
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        return 0xFFFD;
    }
}
