using System.Text;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>The analysis's word splitter, whose lower-case forms come from a per-thread cache filled in batches.</summary>
public sealed class WordTokenizerTests
{
    [Theory]
    [InlineData("Sheriff DART’s detainer-warrant", "sheriff|dart's|detainer|warrant")]
    [InlineData("'tis rock 'n' roll: O'Hare, 2017", "tis|rock|n|roll|o'hare|2017")]
    [InlineData("ÉCOLE Ñandú ΣΟΦΊΑ", "école|ñandú|σοφία")]
    [InlineData("  -- ", "")]
    public void Tokenize_SplitsOnNonLettersAndLowerCases(string text, string expected)
    {
        var words = WordTokenizer.Tokenize(text);

        Assert.Equal(expected, string.Join('|', words.Select(w => w.Lower)));
        Assert.All(words, w => Assert.Equal(char.IsUpper(text[w.Start]), w.Capitalised));
    }

    /// <summary>
    /// Against the rule stated word by word, without the cache: random texts long enough to span several
    /// batches, from a small alphabet so that forms repeat and collide in the cache's slots, and with a
    /// reused list as the analysis reuses it.
    /// </summary>
    [Fact]
    public void Tokenize_AgreesWithTheWordByWordRuleOnRandomTexts()
    {
        const string alphabet = "aAbBcCdDéÉıİ'’ -.,0";
        var random = new Random(11);
        var reused = new List<Word>();
        for (var round = 0; round < 2_000; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 1_200);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var source = text.ToString();
            Assert.Equal(Reference(source), WordTokenizer.Tokenize(source, reused));
        }
    }

    private static List<Word> Reference(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var lower = string.Concat(text[start..i].Select(c => c == '’' ? '\'' : char.ToLowerInvariant(c)));
            words.Add(new Word(start, i, lower, char.IsUpper(text[start])));
        }

        return words;
    }
}
