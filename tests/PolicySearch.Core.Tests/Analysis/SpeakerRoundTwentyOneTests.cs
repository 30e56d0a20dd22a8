namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution, round 21 (tenth session, the readable parts' misses): more verbs that report a view
/// ("highlighted that", "castigated", "outlined", "offered the following statement", "took to X"), and a title of a body
/// written out before its holder's name ("Acting Director of the Dayton Police Department Jo Tate"). Invented sentences.
/// </summary>
public sealed class SpeakerRoundTwentyOneTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Theory]
    [InlineData("State Sen. Dana Whitcombe (R-45th) highlighted that the man had an immigration detainer.")]
    [InlineData("Sheriff Dana Whitcombe castigated sanctuary cities as “un-American” in a new interview.")]
    [InlineData("In a letter to priests, Bishop Dana Whitcombe outlined several resources the diocese offers to immigrants.")]
    [InlineData("State Rep. Dana Whitcombe (R-Bend) offered the following statement in support of the measure:")]
    [InlineData("On January 22, State Sen. Dana Whitcombe took to X, formerly Twitter, to urge jail staff to call ICE.")]
    public void ReportingVerbsBeyondSaid_MakeTheSubjectTheSpeaker(string paragraph) =>
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(paragraph));

    [Fact]
    public void ATopicThatHighlightsOrOutlines_IsNoSpeaker()
    {
        Assert.Empty(SpeakersOf("The discussion highlighted concerns about the cost of detention."));
        Assert.Empty(SpeakersOf("The guidance outlines the provisions of the state law."));
    }

    [Fact]
    public void TitleOfABody_BeforeTheHoldersName_GivesThePerson()
    {
        Assert.Equal(["Jo Tate"], SpeakersOf("Acting Director of the Dayton Police Department Jo Tate said the policy stands."));
        Assert.Equal(["Dana Whitcombe"],
            SpeakersOf("Executive Director of the Dayton Coalition for Immigrant Rights Dana Whitcombe said the bill matters."));

        // Without a holder's name the run stays what it was: no person is made up from the body's last words.
        Assert.DoesNotContain("Immigrant Rights", SpeakersOf("The Director of the Dayton Coalition for Immigrant Rights said the bill matters."));
    }
}
