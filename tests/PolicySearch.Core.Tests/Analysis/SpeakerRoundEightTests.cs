namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Speaker attribution, round 8: name shapes, precision guards and discourse seen on tune-i and tune-j. Invented sentences.</summary>
public class SpeakerRoundEightTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void AnAbbreviatedTitle_KeepsTheOfficesRoleAndPlace()
    {
        Assert.Equal(["Office of the Governor of Ohio"], SpeakersOf("Ohio Gov. Dana Whitcombe's office said the policy is lawful."));
        Assert.Equal(["Office of the Governor of Ohio"], SpeakersOf("A spokesperson for Ohio Gov. Dana Whitcombe said the policy is lawful."));
    }

    [Fact]
    public void AttorneyBeforeAName_IsATitle()
    {
        Assert.Equal(["Bo Park"], SpeakersOf("US Attorney Bo Park said the policy is lawful."));
        Assert.Equal(["Frank Marlow"], SpeakersOf("“We will comply with the law,” said Attorney Frank Marlow."));
        Assert.Equal(["Kurt Ellery"], SpeakersOf("Ohio Attorney General Kurt Ellery said the policy is lawful."));
    }

    [Fact]
    public void ANameBeforeRoleWordsAndAName_OnlyModifiesIt()
    {
        Assert.Equal(["Bo Marlow"], SpeakersOf("Trump immigration czar Bo Marlow was complaining that outreach made arrests difficult."));
        Assert.Equal(["Bo Marlow"], SpeakersOf(
            "Trump border czar Bo Marlow was complaining that outreach made arrests difficult.",
            "“They hide from our officers,” he said on television."));
        // Joined by "and", both speak.
        Assert.Equal(["Bo Park", "Jo Lee"], SpeakersOf("Jo Lee and Bo Park were complaining that outreach made arrests difficult.").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AClosingColonBeforeNoQuote_AnnouncesNoWords()
    {
        Assert.Empty(SpeakersOf(
            "Mayor Jo Lee came into the hearing just after a poll put her approval in single digits:",
            "A recent poll shows Mayor Jo Lee with an approval rating of less than 7%."));
        Assert.Empty(TestAnalysis.Paragraphs("Mayor Jo Lee came into the hearing just after a poll put her approval in single digits:", "A chart of the figures.")[0].Speakers);
        // Before a quote or a first-person paragraph, the colon still announces the subject's words.
        Assert.Equal(["Jo Lee"], SpeakersOf("Mayor Jo Lee had a blunt message for the agency:", "“Stay out of our schools.”"));
        Assert.Equal(["Jo Lee"], SpeakersOf("Mayor Jo Lee had a blunt message for the agency:", "We will not let our schools become a place of fear."));
    }

    [Fact]
    public void SeveralHoldersOfARole_AreNotEveryNamedHolder()
    {
        Assert.Empty(SpeakersOf("Voting against the resolution were Alderman Jo Lee and Alderman Bo Park. Several aldermen spoke out in support of it."));
        Assert.Empty(SpeakersOf("Alderman Jo Lee and Alderman Bo Park voted no.", "Other aldermen said the measure protects families."));
        // The definite plural is still the named group.
        Assert.Equal(["Bo Park", "Jo Lee"], SpeakersOf("Alderman Jo Lee and Alderman Bo Park opposed it. The aldermen said it goes too far.").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void APlainNameBetweenTheAndANoun_IsNoPerson()
    {
        Assert.Empty(SpeakersOf(
            "On Tuesday the Dwight Planning comission had its meeting on the facility.",
            "He said the facility is an upgrade from a county jail."));
        Assert.Empty(SpeakersOf("The Jo Lee campaign said the law is wrong."));
        // Not without "the", nor with a title.
        Assert.Equal(["Jo Lee"], SpeakersOf("On Tuesday Jo Lee said the law is wrong."));
    }

    [Fact]
    public void ABodyBeforeARoleAndAName_AfterAnInvertedVerb_IsThePersonsRole()
    {
        Assert.Equal(["Jo Marlow"], SpeakersOf("“No city is a safe haven,” said DHS spokesperson Jo Marlow."));
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf("“No city is a safe haven,” said ICE in a statement."));
    }

    [Fact]
    public void FramedBy_IsALeadIn()
    {
        Assert.Equal(["U.S. Department of Homeland Security"], SpeakersOf("The operation is framed by DHS as targeting criminals."));
    }

    [Fact]
    public void Hinted_ReportsSpeech()
    {
        Assert.Equal(["Bo Marlow"], SpeakersOf("Border czar Bo Marlow hinted that federal funding might be withheld from the city."));
    }
}
