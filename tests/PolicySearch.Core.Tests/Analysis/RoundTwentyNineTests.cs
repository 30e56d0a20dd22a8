namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Round 29 (twelfth session), from the kinds and speaker errors of parts AF and AG, read once measured: a caption
/// dated with its weekday ("… the evening of Wednesday, Dec. 29, 2021, …"); a forum's comment headers, sort labels and
/// content warnings; a resolution's recital cut into lines is no teaser; an embedded post signed at the end of its
/// paragraph; "announced last week" at a clause's end; "Member" as a title. Invented sentences.
/// </summary>
public sealed class RoundTwentyNineTests
{
    private const string Body = "The county board voted on Tuesday to limit how long the jail may hold people for federal agents.";

    private static string RuleOf(string line) => TestAnalysis.Paragraphs(Body, line, Body)[1].Rule;

    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Theory]
    [InlineData("Activists held a candlelight march to the county jail the evening of Wednesday, Dec. 29, 2021, using a bullhorn to reach the inmates.", "boilerplate.caption")]
    [InlineData("u/example_user May 16 '24", "boilerplate.comment")]
    [InlineData("4.9k comments sorted by", "boilerplate.comment")]
    [InlineData("Trigger/Content Warning: Episode will mention raids and detentions.", "boilerplate.editor-note")]
    public void PageShapes_AreBoilerplate(string line, string rule) => Assert.Equal(rule, RuleOf(line));

    [Theory]
    // A dated event in the body: after "on", and what someone said on that day.
    [InlineData("The board approved the resolution on Tuesday, Oct. 7, 2025, after a long debate.")]
    [InlineData("The sheriff said the jail emptied on its own by Friday, Jan. 5, 2024, as the law required.")]
    // A recital cut into lines by a PDF, title case or not.
    [InlineData("WHEREAS, in 2016, the City of Exampleville adopted the Welcoming City")]
    public void DatedBodySentencesAndRecitals_StayContent(string line) => Assert.Equal("content", RuleOf(line));

    [Fact]
    public void APostSignedAtTheEndOfItsParagraph_IsItsAuthors() =>
        Assert.Equal(["Dana Whitcombe"],
            SpeakersOf("We are aware that the buses will resume next week. pic.twitter.com/abc123 — Dana Whitcombe (@DanaWhitcombe) April 30, 2023"));

    [Fact]
    public void AnnouncedLastWeek_AtTheClausesEnd_IsSpeech()
    {
        Assert.Equal(["Office of the Governor of Illinois"],
            SpeakersOf("Gov. Bruce Rauner will sign the bill into law Monday, his office announced last week."));
        Assert.Empty(SpeakersOf("The sheriff announced last week a new schedule for the jail."));
    }

    [Fact]
    public void MemberBeforeAName_IsATitle() =>
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Member Dana Whitcombe expressed that the amendment would water down the resolution."));
}
