using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>The data files' phrase lists in tokenised text: whole words, prefixes, any one word, the longest match first.</summary>
public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher<int> Matcher = new(new Dictionary<string, int>
    {
        ["mistake"] = 1,
        ["huge mistake"] = 2,
        ["report*"] = 3,
        ["déc*"] = 4,
        ["un* policy"] = 5,
        ["so * sorry"] = 6,
        ["ab*"] = 7,
    });

    [Theory]
    [InlineData("A huge mistake, a mistake.", "huge mistake=2|mistake=1")]
    [InlineData("Reporters reported; a rep and a report.", "reporters=3|reported=3|report=3")]
    [InlineData("Décision DEC déc dé", "décision=4|déc=4")]
    [InlineData("an unfair policy, an unfair law", "unfair policy=5")]
    [InlineData("so very sorry", "so very sorry=6")]
    [InlineData("ab abc a", "ab=7|abc=7")]
    [InlineData("nothing here", "")]
    public void Find_MatchesWholeWordsPrefixesAndWildcards_LongestFirst(string text, string expected)
    {
        var words = WordTokenizer.Tokenize(text);

        var found = Matcher.Find(words).Select(m => $"{string.Join(' ', words.GetRange(m.First, m.Count).Select(w => w.Lower))}={m.Value}");

        Assert.Equal(expected, string.Join('|', found));
    }

    [Fact]
    public void Find_SkipsTheWordsItIsToldTo_AndAnyLooksOnlyInItsRange()
    {
        var words = WordTokenizer.Tokenize("a mistake then a report");

        Assert.Equal([4], Matcher.Find(words, i => i == 1).Select(m => m.First));
        Assert.False(Matcher.Any(words, 2, 4));
        Assert.True(Matcher.Any(words, 2, 5));
    }
}
