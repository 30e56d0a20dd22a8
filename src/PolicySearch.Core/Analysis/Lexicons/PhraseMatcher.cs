using System.Collections.Frozen;

namespace PolicySearch.Core.Analysis.Lexicons;

/// <summary>
/// Finds the phrases of a data file in tokenised text: whole words, case-insensitive, <c>word*</c> as a prefix
/// and a lone <c>*</c> as any one word. Phrases are indexed by their first word, so matching costs a dictionary
/// lookup per word instead of a regex scan per phrase. At each word the longest phrase wins and matches never
/// overlap, as a reader would take "huge mistake" rather than "mistake".
/// </summary>
internal sealed class PhraseMatcher<TValue>
{
    private const int PrefixKey = 3;

    // Frozen once built: a lookup per word of every paragraph, and most words start no phrase at all.
    private readonly FrozenDictionary<string, List<Phrase>> byFirstWord;

    // Most words start no phrase: they are turned away before the lookup.
    private readonly WordShapeFilter firstWordShapes;

    // Phrases whose first word is a prefix ("report*"), indexed by its first three letters packed into one
    // number (a word's key costs three shifts, not a string hash); shorter prefixes and a leading "*" are tried
    // at every word.
    private readonly Dictionary<ulong, List<Phrase>> byFirstPrefix = [];

    // Which first two letters the prefix keys have (ASCII, a bit each): most words are turned away before the
    // dictionary (without it, its lookups took 1.3% of a 100k build's perf samples).
    private readonly ulong[] prefixFirstTwoLetters = new ulong[128 * 2];
    private readonly List<Phrase> anyFirstWord = [];

    public PhraseMatcher(IEnumerable<KeyValuePair<string, TValue>> phrases)
    {
        var firstWords = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var (text, value) in phrases)
        {
            var parts = Parse(text);
            if (parts.Length == 0)
            {
                continue;
            }

            var phrase = new Phrase(text, parts, value);
            if (!parts[0].Prefix)
            {
                Add(firstWords, parts[0].Text, phrase);
            }
            else if (parts[0].Text.Length >= PrefixKey)
            {
                Add(byFirstPrefix, KeyOf(parts[0].Text), phrase);
                if (IsAsciiPair(parts[0].Text, out var bit, out var mask))
                {
                    prefixFirstTwoLetters[bit] |= mask;
                }
            }
            else
            {
                anyFirstWord.Add(phrase);
            }
        }

        byFirstWord = firstWords.ToFrozenDictionary(StringComparer.Ordinal);
        firstWordShapes = new WordShapeFilter(byFirstWord.Keys);
    }

    /// <summary>A match: the words it covers (<c>[First, First + Count)</c>) and the phrase's value.</summary>
    public readonly record struct Match(int First, int Count, string Phrase, TValue Value);

    public List<Match> Find(List<Word> words, Func<int, bool>? skipWord = null)
    {
        var matches = new List<Match>();
        for (var i = 0; i < words.Count; i++)
        {
            if (skipWord?.Invoke(i) == true)
            {
                continue;
            }

            Phrase? best = null;
            if (TryFirstWord(words[i].Lower, out var candidates))
            {
                best = Longest(candidates, words, i, best);
            }

            if (TryPrefixed(words[i].Lower, out var prefixed))
            {
                best = Longest(prefixed, words, i, best);
            }

            best = Longest(anyFirstWord, words, i, best);
            if (best is not null)
            {
                matches.Add(new Match(i, best.Parts.Length, best.Text, best.Value));
                i += best.Parts.Length - 1;
            }
        }

        return matches;
    }

    /// <summary>True when any phrase occurs: stops at the first one.</summary>
    public bool Any(List<Word> words) => Any(words, 0, words.Count);

    /// <summary>True when any phrase occurs within <c>words[start..end]</c>, as if that range were the whole text (no copy).</summary>
    public bool Any(List<Word> words, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var lower = words[i].Lower;
            if ((TryFirstWord(lower, out var candidates) && Longest(candidates, words, i, null, end) is not null)
                || (TryPrefixed(lower, out var prefixed) && Longest(prefixed, words, i, null, end) is not null)
                || Longest(anyFirstWord, words, i, null, end) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The phrases whose first word is this word.</summary>
    private bool TryFirstWord(string word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out List<Phrase>? phrases)
    {
        if (!firstWordShapes.MayContain(word))
        {
            phrases = null;
            return false;
        }

        return byFirstWord.TryGetValue(word, out phrases);
    }

    /// <summary>The prefix phrases that may start at this word, looked up by its first letters without a substring.</summary>
    private bool TryPrefixed(string word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out List<Phrase>? phrases)
    {
        phrases = null;
        return word.Length >= PrefixKey
            && byFirstPrefix.Count > 0
            && (!IsAsciiPair(word, out var bit, out var mask) || (prefixFirstTwoLetters[bit] & mask) != 0)
            && byFirstPrefix.TryGetValue(KeyOf(word), out phrases);
    }

    /// <summary>Where a word's first two letters sit in <see cref="prefixFirstTwoLetters"/>, when both are ASCII.</summary>
    private static bool IsAsciiPair(string word, out int index, out ulong mask)
    {
        var (first, second) = (word[0], word[1]);
        index = first * 2 + (second >> 6);
        mask = 1UL << (second & 63);
        return first < 128 && second < 128;
    }

    /// <summary>The first <see cref="PrefixKey"/> characters of <paramref name="word"/> (at least that long), 16 bits each.</summary>
    private static ulong KeyOf(string word) => word[0] | ((ulong)word[1] << 16) | ((ulong)word[2] << 32);

    private static void Add<TKey>(Dictionary<TKey, List<Phrase>> index, TKey key, Phrase phrase)
        where TKey : notnull
    {
        if (index.TryGetValue(key, out var list))
        {
            list.Add(phrase);
        }
        else
        {
            index[key] = [phrase];
        }
    }

    private static Phrase? Longest(List<Phrase> candidates, List<Word> words, int at, Phrase? best, int end = -1)
    {
        foreach (var phrase in candidates)
        {
            if ((best is null || phrase.Parts.Length > best.Parts.Length) && phrase.Matches(words, at, end < 0 ? words.Count : end))
            {
                best = phrase;
            }
        }

        return best;
    }

    private static Part[] Parse(string text) =>
        [.. text.Trim().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(SplitWord)];

    // "won't" stays one word, "fear-mongering" is two: the same rules as WordTokenizer.
    private static IEnumerable<Part> SplitWord(string raw)
    {
        if (raw == "*")
        {
            return [new Part("", Prefix: true)];
        }

        var prefix = raw.EndsWith('*');
        var core = prefix ? raw[..^1] : raw;
        var tokens = WordTokenizer.Tokenize(core);
        return tokens.Select((t, i) => new Part(t.Lower, prefix && i == tokens.Count - 1));
    }

    private readonly record struct Part(string Text, bool Prefix);

    private sealed record Phrase(string Text, Part[] Parts, TValue Value)
    {
        /// <summary>The phrase starts at word <paramref name="at"/> and ends before word <paramref name="end"/>.</summary>
        public bool Matches(List<Word> words, int at, int end)
        {
            if (at + Parts.Length > end)
            {
                return false;
            }

            for (var k = 0; k < Parts.Length; k++)
            {
                var word = words[at + k].Lower;
                var part = Parts[k];
                if (part.Prefix ? !word.StartsWith(part.Text, StringComparison.Ordinal) : word != part.Text)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
