using PolicySearch.Core.Analysis.Speakers;

namespace PolicySearch.Core.Tests.Analysis;

public class QuoteMapTests
{
    [Theory]
    [InlineData("No quotes here.", "000000000000000")]
    [InlineData("He said “yes” then", "000000001111100000")]
    [InlineData("a \"b\" c", "0011100")]
    [InlineData("x” y", "0100")]
    [InlineData("“open to the end", "1111111111111111")]
    [InlineData("“a “b” c", "11111100")]
    [InlineData("“a.’ b", "111100")]
    [InlineData("“a.’ b” c", "111111100")]
    [InlineData("“a.’ b “c", "111100011")]
    [InlineData("“a’s b", "111111")]
    public void IsQuoted_MarksTheQuoteMarksAndWhatIsBetweenThem(string text, string expected)
    {
        var map = QuoteMap.Build(text);

        Assert.Equal(expected, new string([.. Enumerable.Range(0, text.Length).Select(i => map.IsQuoted(i) ? '1' : '0')]));
        Assert.False(map.IsQuoted(-1));
        Assert.False(map.IsQuoted(text.Length));
    }

    /// <summary>
    /// Against the rule stated character by character (the map kept a flag per character until 2026-12-03), on
    /// random texts made mostly of quote marks, so that every way of opening, closing and nesting occurs.
    /// </summary>
    [Fact]
    public void Build_AgreesWithTheCharacterByCharacterRuleOnRandomTexts()
    {
        var random = new Random(7);
        const string alphabet = "“”\"ab .’";
        for (var round = 0; round < 2000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var (inside, endsOpen, hasQuote) = Reference(text);

            var map = QuoteMap.Build(text);

            for (var i = 0; i < text.Length; i++)
            {
                Assert.True(inside[i] == map.IsQuoted(i), $"'{text}' at {i}");
            }

            Assert.Equal(endsOpen, map.EndsOpen);
            Assert.Equal(endsOpen, QuoteMap.EndsOpenIn(text));
            Assert.Equal(hasQuote, map.HasQuote);
            Assert.Equal(hasQuote, QuoteMap.HasQuoteIn(text));
            Assert.Equal(text.Length > 0 && text[0] is '“' or '"', map.StartsWithQuote);
        }
    }

    private static (bool[] Inside, bool EndsOpen, bool HasQuote) Reference(string text)
    {
        var inside = new bool[text.Length];
        bool open = false, hasQuote = false, openedCurly = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '“':
                    openedCurly |= !open;
                    open = hasQuote = inside[i] = true;
                    break;
                case '’' when open && openedCurly && i > 0 && text[i - 1] == '.' && (i + 1 == text.Length || text[i + 1] == ' ')
                    && ClosesBeforeAnyLaterMark(text, i):
                    inside[i] = true;
                    open = false;
                    break;
                case '”':
                    inside[i] = true;
                    open = false;
                    break;
                case '"':
                    inside[i] = hasQuote = true;
                    open = !open;
                    openedCurly = false;
                    break;
                default:
                    inside[i] = open;
                    break;
            }
        }

        return (inside, open, hasQuote);
    }

    // No closing mark after the ’, or an opening “ before the first one.
    private static bool ClosesBeforeAnyLaterMark(string text, int i)
    {
        for (var k = i + 1; k < text.Length; k++)
        {
            if (text[k] is '”' or '"')
            {
                return false;
            }

            if (text[k] == '“')
            {
                return true;
            }
        }

        return true;
    }
}
