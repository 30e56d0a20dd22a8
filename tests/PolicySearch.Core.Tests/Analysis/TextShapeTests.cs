using System.Text;
using PolicySearch.Core.Analysis.Classification;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>The typography measurements behind the structural boilerplate and title rules.</summary>
public sealed class TextShapeTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("one", 1)]
    [InlineData(" Read more at the Tribune ", 5)]
    [InlineData("Eight chars then more words across blocks", 7)]
    [InlineData("tab\tand\nnew line\u00A0no-break\u2003em space", 7)]
    public void WordCount_CountsWhitespaceSeparatedWords(string text, int expected)
    {
        Assert.Equal(expected, TextShape.WordCount(text));
    }

    /// <summary>
    /// Against the rule stated character by character, on random texts mixing printable ASCII (counted eight
    /// characters at a time) with control characters and Unicode spaces (counted one by one), at every offset.
    /// </summary>
    [Fact]
    public void WordCount_AgreesWithTheCharacterByCharacterRuleOnRandomTexts()
    {
        const string alphabet = "ab  Z.,\t\n\r\u000B\u000C\u001C\u001F\u0085\u00A0\u2000\u2028\u3000é";
        var random = new Random(3);
        for (var round = 0; round < 5_000; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 80);
            var plain = random.Next(2) == 0;
            for (var i = 0; i < length; i++)
            {
                text.Append(plain ? " abcXYZ.,"[random.Next(9)] : alphabet[random.Next(alphabet.Length)]);
            }

            var source = text.ToString();
            Assert.Equal(Reference(source), TextShape.WordCount(source));
        }
    }

    private static int Reference(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }
}
