using System.Runtime.CompilerServices;

namespace PolicySearch.Core.Analysis.Lexicons;

/// <summary>One word of a paragraph: its span, its lower-case form (curly apostrophes made straight) and whether it was capitalised.</summary>
internal readonly record struct Word(int Start, int End, string Lower, bool Capitalised);

/// <summary>
/// Splits text into words (letters, digits and inner apostrophes; hyphens and everything else separate words),
/// in one pass and without regexes, because every content paragraph of a large corpus goes through it.
/// </summary>
internal static class WordTokenizer
{
    public static List<Word> Tokenize(string text) => Tokenize(text, new List<Word>(text.Length / 5));

    /// <summary>Words whose cached forms are read ahead together (see <see cref="Touch"/>).</summary>
    private const int Batch = 64;

    /// <summary>Tokenises into a list the caller reuses (cleared first), so that a thread needs no new list per paragraph.</summary>
    public static List<Word> Tokenize(string text, List<Word> words)
    {
        words.Clear();
        var forms = known ??= new string?[KnownSlots];
        Span<int> starts = stackalloc int[Batch];
        Span<int> ends = stackalloc int[Batch];
        Span<int> hashes = stackalloc int[Batch];
        var i = 0;
        while (i < text.Length)
        {
            var count = 0;
            while (count < Batch && i < text.Length)
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

                starts[count] = start;
                ends[count] = i;
                hashes[count] = LowerHash(text.AsSpan(start, i - start));
                count++;
            }

            Touch(forms, hashes[..count]);
            for (var k = 0; k < count; k++)
            {
                var word = text.AsSpan(starts[k], ends[k] - starts[k]);
                words.Add(new Word(starts[k], ends[k], Lower(word, hashes[k], forms), char.IsUpper(word[0])));
            }
        }

        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>A character's lower-case form: as <see cref="char.ToLowerInvariant"/>, with ASCII decided inline, and a curly apostrophe made straight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char LowerChar(char c) =>
        c < 0x80 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : c == '’' ? '\'' : char.ToLowerInvariant(c);

    // Word forms repeat endlessly across a corpus: each thread keeps the lower-case strings it has made in a
    // small direct-mapped cache (one slot per hash) and hands the same instance out again, instead of
    // allocating one string per word of every paragraph. The cache stays small enough to live in the CPU
    // cache: a large table of every word ever seen cost more in cache misses than the strings it saved.
    [ThreadStatic]
    private static string?[]? known;

    private const int KnownSlots = 1 << 13;

    /// <summary>FNV-1a over the lower-case form's characters: its slot in the cache.</summary>
    private static int LowerHash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ LowerChar(c)) * 16777619u;
        }

        return (int)(hash & (KnownSlots - 1));
    }

    /// <summary>
    /// Reads the cached form in each word's slot, in a loop of independent loads, before they are compared: the
    /// forms are strings all over the heap, and one by one each comparison stalled on its miss in turn (in perf
    /// samples of a 100k-paragraph build the lowering took 6.5%, its comparisons most of it).
    /// </summary>
    private static void Touch(string?[] forms, ReadOnlySpan<int> slots)
    {
        var sink = 0;
        foreach (var slot in slots)
        {
            sink += forms[slot]?.Length ?? 0;
        }

        touched += sink;
    }

    // Keeps the loads of Touch observable, so that they are not optimised away.
    [ThreadStatic]
    private static int touched;

    /// <summary>
    /// The lower-case form of <paramref name="word"/>, from the thread's cache when it is in its slot; a string
    /// is made only for a form that is not. The form is compared character by character as it is lowered, without a buffer.
    /// </summary>
    private static string Lower(ReadOnlySpan<char> word, int hash, string?[] forms)
    {
        ref var slot = ref forms[hash];
        if (slot is not null && IsLowerOf(slot, word))
        {
            return slot;
        }

        slot = string.Create(word.Length, word, static (chars, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                chars[k] = LowerChar(source[k]);
            }
        });
        return slot;
    }

    private static bool IsLowerOf(string form, ReadOnlySpan<char> word)
    {
        if (form.Length != word.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (form[k] != LowerChar(word[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word (letters) that ends before <paramref name="position"/> after spaces; empty when punctuation stands there.</summary>
    public static (int Start, int End) WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == position && position > 0 && char.IsLetter(text[position - 1]))
        {
            return (position, position);
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (start, end);
    }
}
