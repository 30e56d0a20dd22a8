namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// A deterministic lexicon of pronounceable made-up words ("brandel", "oskiro"): the long tail of the
/// vocabulary, so that the benchmark needs no dictionary file from the machine and gets the same words
/// everywhere. Shorter words come first, because in real text the frequent words are the short ones.
/// </summary>
internal static class PseudoWords
{
    private static readonly string[] Onsets =
    [
        "b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "k", "l", "m", "n", "p", "pl",
        "pr", "r", "s", "sh", "sk", "st", "t", "th", "tr", "v", "w", "z", "",
    ];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"];

    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "t", "m", "nd", "rt", "ck", "x"];

    public static IReadOnlyList<string> Generate(int count, SeededRandom random, IReadOnlySet<string> taken)
    {
        var words = new List<string>(count);
        var seen = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        while (words.Count < count)
        {
            // Mostly two and three syllables; one-syllable words run out fast and are simply rejected.
            var roll = random.NextDouble();
            var syllables = roll < 0.15 ? 1 : roll < 0.60 ? 2 : roll < 0.90 ? 3 : 4;
            var word = MakeWord(random, syllables);
            if (word.Length >= 3 && !TopicVocabulary.IsReserved(word) && seen.Add(word))
            {
                words.Add(word);
            }
        }

        // Stable by length: short words get the frequent ranks.
        return [.. words.OrderBy(w => w.Length)];
    }

    private static string MakeWord(SeededRandom random, int syllables)
    {
        var parts = new string[syllables * 2 + 1];
        for (var i = 0; i < syllables; i++)
        {
            parts[2 * i] = random.Pick(Onsets);
            parts[(2 * i) + 1] = random.Pick(Vowels);
        }

        parts[^1] = random.Pick(Codas);
        return string.Concat(parts);
    }
}
