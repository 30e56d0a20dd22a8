namespace PolicySearch.Core.Analysis.Lexicons;

/// <summary>One word of a paragraph: its span, its lower-case form (curly apostrophes made straight) and whether it was capitalised.</summary>
internal readonly record struct Word(int Start, int End, string Lower, bool Capitalised);

/// <summary>
/// Splits text into words (letters, digits and inner apostrophes; hyphens and everything else separate words),
/// in one pass and without regexes, because every paragraph of a large corpus goes through it several times.
/// </summary>
internal static class WordTokenizer
{
    public static List<Word> Tokenize(string text) => Tokenize(text, new List<Word>(text.Length / 5));

    /// <summary>Tokenises into a list the caller reuses (cleared first), so that a thread needs no new list per paragraph.</summary>
    public static List<Word> Tokenize(string text, List<Word> words)
    {
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words.Add(new Word(start, i, Lower(text, start, i), char.IsUpper(text[start])));
        }

        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>As <see cref="char.ToLowerInvariant"/> for ASCII, inline: nearly every character of a word is ASCII.</summary>
    private static char AsciiLower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    // Word forms repeat endlessly across a corpus: each thread keeps the lower-case strings it has made in a
    // small direct-mapped cache (one slot per hash) and hands the same instance out again, instead of
    // allocating one string per word of every paragraph. The cache stays small enough to live in the CPU
    // cache: a large table of every word ever seen cost more in cache misses than the strings it saved.
    [ThreadStatic]
    private static string?[]? known;

    private const int KnownSlots = 1 << 13;
    private const int StackLimit = 64;

    private static string Lower(string text, int start, int end)
    {
        var length = end - start;
        Span<char> buffer = length <= StackLimit ? stackalloc char[length] : new char[length];
        var hash = 2166136261u;
        for (var k = 0; k < length; k++)
        {
            var c = text[start + k];
            var lower = c < 0x80 ? AsciiLower(c) : c == '’' ? '\'' : char.ToLowerInvariant(c);
            buffer[k] = lower;
            hash = (hash ^ lower) * 16777619u;
        }

        known ??= new string?[KnownSlots];
        ref var slot = ref known[(int)(hash & (KnownSlots - 1))];
        if (slot is not null && buffer.SequenceEqual(slot))
        {
            return slot;
        }

        slot = new string(buffer);
        return slot;
    }
}
