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
        var i = _next;
        while (i < _text.Length)
        {
            if (IsTokenStart(i, out var width))
            {
                Start = i;
                i += width;
                while (i < _text.Length && ContinuesToken(i, out width))
                {
                    i += width;
                }

                End = i;
                _next = i;
                return true;
            }

            i += width;
        }

        _next = i;
        return false;
    }

    // Every character of every indexed paragraph passes through these two: ASCII, nearly all of it, is decided
    // inline; only other characters pay for reading a code point and looking up its Unicode category.
    private readonly bool IsTokenStart(int index, out int width)
    {
        var c = _text[index];
        if (c < 0x80)
        {
            width = 1;
            return IsAsciiTokenCharacter(c);
        }

        return TokenCharacters.IsTokenCharacter(ReadCodePoint(_text, index, out width));
    }

    private readonly bool ContinuesToken(int index, out int width)
    {
        var c = _text[index];
        if (c < 0x80)
        {
            width = 1;
            return IsAsciiTokenCharacter(c);
        }

        var codePoint = ReadCodePoint(_text, index, out width);
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
