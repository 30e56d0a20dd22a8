namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Round 28 (twelfth session), from the kinds and speaker errors of parts AD and AE, read once measured: a resolution's
/// recitals speak for no one; a subhead left in HTML tags; "Example Journal staff report"; "This editorial appeared
/// in …"; an AI-written summary's notice; a sentence opening with a date is a lede, not a dek; "asked about", "wanted to
/// know", "directed his aim at"; "declared" reports a view only at a clause's end. Invented sentences.
/// </summary>
public sealed class RoundTwentyEightTests
{
    private const string Body = "The county board voted on Tuesday to limit how long the jail may hold people for federal agents.";
    private const string Headline = "County Board Limits Jail Holds for Federal Agents";

    private static string RuleOf(string line) => TestAnalysis.Paragraphs(Body, line, Body)[1].Rule;

    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Theory]
    [InlineData("<strong>TRUST Act</strong>", "title.subhead")]
    [InlineData("Example Journal staff report", "boilerplate.byline")]
    [InlineData("This editorial appeared in the Feb. 28, 2020, edition of The Example Gazette:", "boilerplate.editor-note")]
    [InlineData("This article was created by AI summarizing key points discussed. AI makes mistakes.", "boilerplate.editor-note")]
    public void PageShapes_AreNotContent(string line, string rule) => Assert.Equal(rule, RuleOf(line));

    [Fact]
    public void ADatedSentenceUnderTheHeadline_IsTheLede()
    {
        var paragraphs = TestAnalysis.Article(Headline, Headline,
            "On October 23, 2025, the board chairman signed an order that creates a commission on jail holds.",
            "Read the full order below.", Body);

        Assert.Equal("content", paragraphs[1].Rule);
    }

    [Fact]
    public void AResolutionsRecitals_SpeakForNoOne()
    {
        Assert.Empty(SpeakersOf("WHEREAS, the County maintains authority over the use of County owned property; and"));
        Assert.Empty(SpeakersOf("BE IT RESOLVED, that the Dayton County Board affirms its support for the Act."));
    }

    [Theory]
    [InlineData("During the committee meeting, member Dana Whitcombe asked about what the sheriff's office does after an arrest.")]
    [InlineData("Dana Whitcombe wanted to know whether the sheriff's department calls federal agents after an arrest.")]
    [InlineData("Dana Whitcombe directed her aim at the police superintendent during her Monday speech.")]
    public void QuestionsAndAttacks_AreSpeech(string paragraph) => Assert.Equal(["Dana Whitcombe"], SpeakersOf(paragraph));

    [Fact]
    public void DeclaredReportsAViewOnlyAtAClausesEnd()
    {
        Assert.Empty(SpeakersOf("Gov. Dana Whitcombe declared an emergency disaster proclamation as buses kept arriving."));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Gov. Dana Whitcombe declared that the state would not help."));
    }
}
