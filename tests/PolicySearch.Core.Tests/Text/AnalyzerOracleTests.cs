using System.Text;
using PolicySearch.Core.Tests.Oracle;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Tests.Text;

/// <summary>Our analyzer must produce FTS5's terms (porter unicode61 remove_diacritics 2) token for token.</summary>
public class AnalyzerOracleTests
{
    [Fact]
    public void Analyze_SeedParagraphs_EqualsFts5()
    {
        AssertSameTermsAsFts5(SeedTexts.Paragraphs());
    }

    [Fact]
    public void Analyze_GeneratedParagraphs_EqualsFts5()
    {
        AssertSameTermsAsFts5(GeneratedCorpus.Paragraphs(3000, seed: 20170828, SeedTexts.Words()));
    }

    [Fact]
    public void Analyze_TrickyWordsAlone_EqualsFts5()
    {
        AssertSameTermsAsFts5(GeneratedCorpus.TrickyWords);
    }

    /// <summary>
    /// Every BMP code point between two letters: does it join or split the word, and what does it fold to?
    /// The only differences allowed come from FTS5's Unicode tables being older than .NET's: characters FTS5
    /// does not know yet (it keeps them as unchanged word characters while .NET knows they are symbols or
    /// marks, or knows their lower case), and two ranges whose category changed from spacing mark to letter.
    /// </summary>
    [Fact]
    public void Analyze_EveryBmpCodePoint_EqualsFts5ExceptNewerUnicode()
    {
        var codePoints = Enumerable.Range(0x80, 0x10000 - 0x80).Where(c => c is < 0xD800 or > 0xDFFF).ToArray();
        using var oracle = new Fts5Oracle(codePoints.Select(c => $"q{(char)c}q"));
        var expected = oracle.TermsByDocument();
        var differences = new List<string>();
        for (var i = 0; i < codePoints.Length; i++)
        {
            var c = codePoints[i];
            var actual = TextAnalyzer.Terms($"q{(char)c}q");
            if (!actual.SequenceEqual(expected[i]) && !IsNewerUnicode(c, expected[i]))
            {
                differences.Add($"U+{c:X4}: ours [{string.Join(", ", actual)}] FTS5 [{string.Join(", ", expected[i])}]");
            }
        }

        Assert.Empty(differences);
    }

    private static bool IsNewerUnicode(int codePoint, List<string> fts5Terms)
    {
        var unchangedWordCharacter = fts5Terms is [var only] && only == $"q{(char)codePoint}q";
        var knownByDotNetOnly = !TokenCharacters.IsTokenCharacter(codePoint) || char.ToLowerInvariant((char)codePoint) != codePoint;
        var recategorisedAsLetter = codePoint is (>= 0x19B0 and <= 0x19C9) or 0x1CF2 or 0x1CF3;
        return (unchangedWordCharacter && knownByDotNetOnly) || recategorisedAsLetter;
    }

    /// <summary>
    /// Deliberate difference: FTS5 keeps a lone character from outside the BMP that its tables predate (such as
    /// the emoji skin-tone modifiers U+1F3FB–U+1F3FF, Unicode 8) as a word; we know it is a symbol and drop it.
    /// The BMP is compared exhaustively above, so this only forgives whole terms made of such characters.
    /// </summary>
    private static bool IsNewerSupplementarySymbol(string fts5Term) =>
        fts5Term.EnumerateRunes().All(rune => !rune.IsBmp && !TokenCharacters.IsTokenCharacter(rune.Value));

    [Fact]
    public void Analyze_ReportsSourceOffsetsOfEachToken()
    {
        var text = "“Gov. López’s 48-hour detainers”";

        var tokens = TextAnalyzer.Analyze(text);

        Assert.Equal(["gov", "lopez", "s", "48", "hour", "detain"], tokens.Select(t => t.Term));
        Assert.Equal(["Gov", "López", "s", "48", "hour", "detainers"], tokens.Select(t => text[t.Start..t.End]));
    }

    private static void AssertSameTermsAsFts5(IReadOnlyList<string> paragraphs)
    {
        using var oracle = new Fts5Oracle(paragraphs);
        var expected = oracle.TermsByDocument().Select(terms => terms.Where(t => !IsNewerSupplementarySymbol(t)).ToList()).ToArray();
        var differences = new StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var actual = TextAnalyzer.Terms(paragraphs[i]);
            if (!actual.SequenceEqual(expected[i]))
            {
                differences.AppendLine($"#{i} {paragraphs[i]}\n  ours: {string.Join(" ", actual)}\n  FTS5: {string.Join(" ", expected[i])}");
            }
        }

        Assert.True(differences.Length == 0, differences.ToString());
    }
}
