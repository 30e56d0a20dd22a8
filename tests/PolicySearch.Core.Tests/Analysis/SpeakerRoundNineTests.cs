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
}
