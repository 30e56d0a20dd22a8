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
            var codePoint = ReadCodePoint(_text, i, out var width);
            if (TokenCharacters.IsTokenCharacter(codePoint))
            {
                Start = i;
                i += width;
                while (i < _text.Length)
                {
                    codePoint = ReadCodePoint(_text, i, out width);
                    if (!TokenCharacters.IsTokenCharacter(codePoint) && !TokenCharacters.IsFoldedDiacritic(codePoint))
                    {
                        break;
                    }

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
