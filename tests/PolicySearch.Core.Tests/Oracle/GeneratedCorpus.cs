using System.Text;

namespace PolicySearch.Core.Tests.Oracle;

/// <summary>
/// A deterministic (seeded) corpus of awkward paragraphs for the FTS5 oracle: English words and every Porter
/// suffix on random stems, accents (precomposed and combining), apostrophes and quotes straight and curly,
/// hyphens and dashes, money and numbers, mixed case, non-Latin scripts, emoji and other symbols.
/// </summary>
internal static class GeneratedCorpus
{
    /// <summary>Words that stress tokenization and folding.</summary>
    public static readonly string[] TrickyWords =
    [
        "López", "LOPEZ", "José", "naïve", "façade", "Ångström", "Øresund", "straße", "STRASSE", "Æsir", "crème brûlée",
        "e\u0301migre\u0301", "Zoë", "Dvořák", "Łódź", "İstanbul", "ſtate", "µg", "ΣΊΣΥΦΟΣ", "Ελληνικά", "Привет", "мир",
        "東京", "中文字", "العربية", "עברית", "हिन्दी", "한국어", "ﬁnance", "Ｆｏｘ", "x²", "Ⅻ", "½", "don't", "don’t", "Illinois’s",
        "O'Hare", "‘quoted’", "“Trust Act”", "\"detainer\"", "48-hour", "anti-immigrant", "co-operate", "well—known", "2016–2017",
        "$92.5", "1,000", "3.14", "10:30", "#hashtag", "@handle", "e-mail", "U.S.", "A.C.L.U.", "McDONALD", "iPhone", "COVID-19",
        "😀", "👍🏽", "𠀀𠀁", "𝐀𝐁𝐂", "𐐀𐐨", "™", "©", "§5", "…", "_under_score_", "tab\there", "caf\u00e9", "cafe\u0301",
        "ǖber", "ẞ", "ﬀ", "Ĳssel", "ĳ", "ŉ", "ǅemal", "Ǆ", "ᾼ", "ς", "ϐ", "ﬅ", "ﬆ", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaing",
        "ponies", "caresses", "sky", "skies", "agreed", "feed", "bled", "hopping", "falling", "hissing", "fizzed", "filing", "happy",
        "relational", "conditional", "valenci", "digitizer", "conformabli", "radicalli", "vileli", "analogousli", "vietnamization",
        "predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti",
        "sensibiliti", "triplicate", "formative", "formalize", "electriciti", "electrical", "goodness", "revival", "allowance",
        "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent",
        "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate",
        "cease", "controll", "roll", "generalizations", "oscillators", "eed", "aed", "ying", "yyed", "ies", "sses", "ss", "is",
    ];

    private static readonly string[] Suffixes =
    [
        "s", "es", "ies", "sses", "ed", "eed", "ing", "y", "ational", "tional", "enci", "anci", "izer", "logi", "bli", "alli",
        "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti",
        "ical", "ness", "icate", "iciti", "ful", "ative", "alize", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement",
        "ment", "ent", "ion", "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "at", "bl", "iz",
    ];

    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", " — ", " – ", "; ", " (", ") ", "\n", "’s ", "'", "-", "/", " “", "” "];

    public static List<string> Paragraphs(int count, int seed, IReadOnlyList<string> englishWords)
    {
        var random = new Random(seed);
        var paragraphs = new List<string>(count);
        for (var p = 0; p < count; p++)
        {
            var text = new StringBuilder();
            var words = random.Next(3, 40);
            for (var w = 0; w < words; w++)
            {
                text.Append(Word(random, englishWords)).Append(Separators[random.Next(Separators.Length)]);
            }

            paragraphs.Add(text.ToString());
        }

        return paragraphs;
    }

    private static string Word(Random random, IReadOnlyList<string> englishWords)
    {
        var word = random.Next(10) switch
        {
            < 5 => englishWords[random.Next(englishWords.Count)],
            < 7 => TrickyWords[random.Next(TrickyWords.Length)],
            _ => RandomStem(random) + Suffixes[random.Next(Suffixes.Length)],
        };
        return random.Next(8) switch
        {
            0 => word.ToUpperInvariant(),
            1 => char.ToUpperInvariant(word[0]) + word[1..],
            _ => word,
        };
    }

    /// <summary>A pronounceable-ish random stem, so every stemmer rule and condition (m = 0, 1, 2; *o; *v*) gets exercised.</summary>
    private static string RandomStem(Random random)
    {
        const string consonants = "bcdfghjklmnprstvwxyz";
        const string vowels = "aeiouy";
        var stem = new StringBuilder();
        var syllables = random.Next(0, 4);
        if (random.Next(2) == 0)
        {
            stem.Append(consonants[random.Next(consonants.Length)]);
        }

        for (var s = 0; s < syllables; s++)
        {
            stem.Append(vowels[random.Next(vowels.Length)]);
            stem.Append(consonants[random.Next(consonants.Length)]);
            if (random.Next(3) == 0)
            {
                stem.Append(consonants[random.Next(consonants.Length)]);
            }
        }

        return stem.ToString();
    }
}
