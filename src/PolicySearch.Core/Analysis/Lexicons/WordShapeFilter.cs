using System.Runtime.CompilerServices;

namespace PolicySearch.Core.Analysis.Lexicons;

/// <summary>
/// A quick "certainly not one of these words" test in front of a word lookup: which lengths the words have, by
/// their first character (ASCII; bit 63 for 63 characters or more). A word whose length no word with its first
/// character has is turned away without hashing it; other words, and any not starting with ASCII, go on to the
/// lookup. Several lexicons look up every word of every paragraph, and most words are in none of them: in perf
/// of a 1M build the frozen dictionaries' hashing and probing had come to ~6% of the CPU.
/// </summary>
internal sealed class WordShapeFilter
{
    private readonly ulong[] _lengthsByFirstCharacter = new ulong[128];

    /// <summary>A filter for <paramref name="words"/>, compared ordinally: lower-case them first for lower-case lookups.</summary>
    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length > 0 && word[0] < _lengthsByFirstCharacter.Length)
            {
                _lengthsByFirstCharacter[word[0]] |= LengthBit(word.Length);
            }
        }
    }

    /// <summary>False only when <paramref name="word"/> is none of the words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(string word) =>
        word.Length == 0 || word[0] >= _lengthsByFirstCharacter.Length || (_lengthsByFirstCharacter[word[0]] & LengthBit(word.Length)) != 0;

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
}
