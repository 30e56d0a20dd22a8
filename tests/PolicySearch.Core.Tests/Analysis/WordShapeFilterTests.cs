using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>The filter in front of the lexicons' word lookups: it may let others through, never turn a word of its set away.</summary>
public sealed class WordShapeFilterTests
{
    [Fact]
    public void MayContain_NeverTurnsAWordOfTheSetAway()
    {
        string[] words = ["he", "she", "spokesperson", "official", "é", "", new string('x', 80)];
        var filter = new WordShapeFilter(words);

        Assert.All(words, word => Assert.True(filter.MayContain(word)));
    }

    [Theory]
    [InlineData("the", false)] // no word of three letters starts with t
    [InlineData("ha", true)] // as long as "he": only a lookup can tell
    [InlineData("hex", false)]
    [InlineData("sh", false)]
    [InlineData("ñu", true)] // not ASCII: always looked up
    [InlineData("xx", false)]
    [InlineData("x123456789012345678901234567890123456789012345678901234567890123456", true)] // 63 or more: one bit for all
    public void MayContain_TurnsAwayWordsOfAShapeNoWordHas(string word, bool expected)
    {
        var filter = new WordShapeFilter(["he", "she", new string('x', 80)]);

        Assert.Equal(expected, filter.MayContain(word));
    }
}
