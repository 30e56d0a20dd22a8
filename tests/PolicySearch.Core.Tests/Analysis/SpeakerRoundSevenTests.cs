namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Speaker attribution, round 7: name shapes, precision guards and discourse seen on tune-h. Invented sentences.</summary>
public class SpeakerRoundSevenTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void TwoCapitalsOpeningAName_AreInitials()
    {
        Assert.Equal(["TJ Marlow"], SpeakersOf("TJ Marlow said the ordinance protects families."));
        Assert.Equal(["TJ Marlow"], SpeakersOf("Springfield alderman TJ Marlow said the ordinance protects families."));
        // A well-known figure's initials take the figure's spelling, however punctuated.
        Assert.Equal(["JB Pritzker"], SpeakersOf("J. B. Pritzker said the ordinance protects families."));
        Assert.Equal(["JB Pritzker"], SpeakersOf("JB Pritzker said the ordinance protects families."));
    }

    [Fact]
    public void AnAdverbOpeningASentence_IsNoFirstName()
    {
        var speakers = SpeakersOf("Reportedly Marlow is safe for now. “We will not comply,” Marlow said.");
        Assert.DoesNotContain("Reportedly Marlow", speakers);
        // Names that end in -ly stay names.
        Assert.Equal(["Kelly Brandt"], SpeakersOf("Kelly Brandt said the ordinance protects families."));
    }

    [Fact]
    public void APlaceName_IsNoPerson()
    {
        Assert.Empty(SpeakersOf("Officials in Ohio and New York have told the agency they will not help."));
        Assert.Empty(SpeakersOf("Counties near San Diego told the agency they will not help."));
    }

    [Fact]
    public void AnAttorneyGeneralsOffice_IsNamedTheWayItNamesItself()
    {
        Assert.Equal(["Office of the Ohio Attorney General"], SpeakersOf("Ohio Attorney General Dana Whitcombe’s office said the policy is lawful."));
        Assert.Equal(["Office of the Governor of Ohio"], SpeakersOf("Ohio Governor Dana Whitcombe’s office said the policy is lawful."));
    }

    [Fact]
    public void HeAfterAnOfficeThatSpoke_IsItsHolder()
    {
        Assert.Equal(["Kurt Ellery"], SpeakersOf(
            "“The policy obstructs federal officers,” Mark Daly, a federal lawyer, said in the lawsuit.",
            "Ohio Attorney General Kurt Ellery’s office said the state decides how to use its police.",
            "“That is our right under the Constitution,” he said."));
    }

    [Fact]
    public void AQuotedTermThatASentenceDiscusses_IsNoSpeech()
    {
        Assert.Empty(SpeakersOf(
            "The Justice Department said the city’s policy is unlawful.",
            "“Welcoming city” is a phrase that gets used loosely, and no law defines it."));
        // A bare quote after a credited paragraph still continues its speaker.
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf(
            "The Justice Department said the city’s policy is unlawful.",
            "“The city shields criminals from our officers.”"));
    }

    [Fact]
    public void AnAnnouncedStatement_IsItsAuthorsThroughItsFirstPersonParagraphs()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Here is the full text of Mayor Dana Whitcombe’s statement:",
            "We have seen the threats, and I have directed—and Chief Bo Park has confirmed—that police will not share data."));
        var paragraphs = TestAnalysis.Paragraphs(
            "At a town hall, the council’s Dana Whitcombe delivered the following remarks about our work in the city.",
            "When the president says he will send buses here, I want to be proud that we are on the list.",
            "And then I wonder whether the label means what it says.");
        Assert.Equal(["Dana Whitcombe"], paragraphs[0].Speakers);
        Assert.Equal(["Dana Whitcombe"], paragraphs[1].Speakers);
        Assert.Equal(["Dana Whitcombe"], paragraphs[2].Speakers);
    }

    [Fact]
    public void OutsideAnAnnouncedStatement_AFirstPersonParagraphKeepsItsOwnSpeakers()
    {
        Assert.Equal(["Bo Park"], SpeakersOf(
            "Mayor Dana Whitcombe spoke at the meeting on Monday.",
            "Chief Bo Park said I could attend the briefing."));
    }

    [Fact]
    public void BoardAndCouncilMember_AreTitles()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("County Board Member Dana Whitcombe said the resolution sends a message."));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("City Council Member Dana Whitcombe said the resolution sends a message."));
    }

    [Fact]
    public void BeingAdamant_AndAskingIf_AreStatedPositions()
    {
        Assert.Equal(["Bo Park"], SpeakersOf("Trustee Bo Park, R-Elgin, who wrote the resolution, was adamant the county would not help."));
        Assert.Equal(["Bo Park"], SpeakersOf("At one point, Trustee Bo Park asked if the board could skip the emails."));
        // Being asked is no speech.
        Assert.Empty(SpeakersOf("Sheriff Bo Park was asked whether he would comply."));
    }
}
