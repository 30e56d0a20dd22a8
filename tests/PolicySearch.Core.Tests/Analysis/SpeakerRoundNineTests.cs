namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Speaker attribution, round 9: precision guards and construction families seen on tune-k and tune-l. Invented sentences.</summary>
public class SpeakerRoundNineTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void ASubordinateClausesSubject_IsNotTheSentences()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Attorney General Dana Whitcombe asked for the change.",
            "Judge Bo Marlow blocked the grant conditions last year.",
            "While the department has not released a statement, Whitcombe gave remarks in Dayton, calling the situation a “crisis.” He also called out the mayor."));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Judge Bo Marlow blocked the grant conditions last year.",
            "Although the ruling stands, Attorney General Dana Whitcombe gave remarks in Dayton, calling it a “mistake.”"));
    }

    [Fact]
    public void TheAgency_IsNotACountyNamedAfterIt()
    {
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf(
            "Immigration and Customs Enforcement (ICE) is fed up with Lorain County. The agency sent out a press release accusing the county of releasing more than 300 people."));
        // A body that is an agency still is.
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf(
            "Immigration and Customs Enforcement (ICE) arrested 40 people on Tuesday. The agency said most had criminal records."));
    }

    [Fact]
    public void AskingSomeoneIfOrWhether_IsTheAskersSpeech()
    {
        Assert.Equal(["Joy Marlow"], SpeakersOf(
            "Governor Dana Whitcombe went on television this week, talking with host Joy Marlow about his plans.",
            "Later, Marlow asked Whitcombe whether the state could stop the new camps."));
        // The pronoun later in the sentence is the asker's, not the man named before.
        Assert.Equal(["Joy Marlow"], SpeakersOf(
            "Governor Dana Whitcombe went on television this week, talking with host Joy Marlow about his plans.",
            "The interview turned tense when Marlow asked Whitcombe if Ohio could stop the facilities, which she referred to as “camps.”"));
    }

    [Fact]
    public void ALocalManagersTitle_IsNoPartOfTheName()
    {
        Assert.Equal(["Bo Lockwood"], SpeakersOf("City Manager Bo Lockwood said staff are finishing the new signs."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Village Manager Ann Holt said the signs go up on Friday."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Village Manager Ann Holt met the board.", "The village manager said the signs go up on Friday."));
    }

    [Fact]
    public void AStatesPostalCodeBeforeATitle_NamesTheStatesOffice()
    {
        Assert.Equal(["Office of the Governor of Ohio"], SpeakersOf(
            "OH Gov. Dana Whitcombe: “We will protect our residents.”",
            "New laws “expand protections for workers,” the governor’s office said."));
    }

    [Fact]
    public void MoreReportingVerbs_CreditTheirSubject()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("The city’s mayor, Dana Whitcombe, likened the threat to “blackmail.”"));
        Assert.Equal(["Ann Holt"], SpeakersOf("State Representative Ann Holt, the candidate for governor, is calling on the president to visit Dayton."));
        Assert.Equal(["Bo Marlow"], SpeakersOf("Senator Bo Marlow spoke in Columbus.", "Marlow was recently in Toledo, where he rebuked state officials for their “reckless” policy."));
        Assert.Equal(["Bo Marlow"], SpeakersOf("Senator Bo Marlow spoke in Columbus.", "Marlow then took direct aim at the mayor of Toledo."));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Mayor Dana Whitcombe was questioned by Rep. Ann Holt of Ohio.",
            "\"I do not believe the law needs to be changed,\" Whitcombe answered."));
        // "answered" counts only as a quote's attribution.
        Assert.Empty(SpeakersOf("Mayor Dana Whitcombe answered questions from residents for an hour."));
    }

    [Fact]
    public void SheriffsWhoJointlyContend_AreTheNamedSheriffs()
    {
        Assert.Equal(["Ann Holt", "Bo Marlow"], SpeakersOf(
            "The suit was filed on behalf of Lorain County Sheriff Ann Holt and Wood County Sheriff Bo Marlow.",
            "The sheriffs jointly contend that the law has exposed them to litigation.").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ATitleCompletedByTheWordsAfterIt_IsNoName()
    {
        Assert.Equal(["Bo Marlow"], SpeakersOf("Attorney General Bo Marlow spoke in Columbus.", "The Attorney General said the city was wrong."));
    }

    [Fact]
    public void SpeakingWithAHost_AndInstructingThePublic_AreSpeech()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Ohio Governor Dana Whitcombe went on television this week, speaking with host Joy Marlow about his plans."));
        Assert.Equal(["Bo Marlow"], SpeakersOf("Toledo Police Chief Bo Marlow instructed residents to call 911 if they see agents."));
        // Not someone speaking a language or spoken to.
        Assert.Empty(SpeakersOf("Many residents speaking Spanish came to the meeting."));
    }
}
