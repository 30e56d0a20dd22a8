namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Speaker attribution, round 4: constructions found failing on unseen articles. Invented sentences.</summary>
public class SpeakerRoundFourTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void TheFederalOrDistrictJudge_IsTheJudgeTheArticleNamed()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf(
            "U.S. District Judge Ann Holt dismissed the suit on Monday.",
            "The federal judge wrote that the state may decline to help."));
        Assert.Equal(["Ann Holt"], SpeakersOf(
            "U.S. District Judge Ann Holt dismissed the suit on Monday.",
            "The district judge said the policies are lawful."));
    }

    [Fact]
    public void ALoneSurnameBesideAQuotesAttribution_IsAPerson()
    {
        Assert.Equal(["Kowalczyk"], SpeakersOf("“This is not window dressing,” Kowalczyk said."));
        Assert.Equal(["Kowalczyk"], SpeakersOf("“We will not comply,” said Kowalczyk."));
        // Elsewhere a lone capitalised word names nobody.
        Assert.Empty(SpeakersOf("Kowalczyk said the ordinance is fine."));
    }

    [Fact]
    public void BlamedReportsAClaim()
    {
        Assert.Equal(["U.S. Department of Homeland Security"], SpeakersOf("A spokeswoman for the Department of Homeland Security blamed the state for the release."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Mayor Ann Holt blames the federal agents for the chaos."));
    }

    [Fact]
    public void APressReleasesTodayBetweenSubjectAndVerb_KeepsTheSubject()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Sen. Ann Holt today slammed the administration's raids."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Ann Holt yesterday criticized the new rules."));
    }

    [Fact]
    public void AWhipsTitle_IsNoPartOfTheName()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("U.S. Senate Democratic Whip Ann Holt (D-IL) said the raids must stop."));
    }

    [Fact]
    public void TwoPeopleJoinedAcrossAPartyTagAndATitle_BothSpeak()
    {
        Assert.Equal(["Bo Park", "Ann Holt"], SpeakersOf(
            "WASHINGTON – Sen. Ann Holt (D-IL), Ranking Member of the Senate Judiciary Committee, and Sen. Bo Park (D-IL) today issued the following statement."));
        Assert.Equal(["Bo Park", "Ann Holt"], SpeakersOf("Sen. Ann Holt (D-IL) and Sen. Bo Park said the raids must stop."));
        // An object before the verb's subject: only the subject.
        Assert.Equal(["Bo Park"], SpeakersOf("The raids worried Sen. Ann Holt, Chair of the Committee, and Sen. Bo Park said they must stop."));
    }

    [Fact]
    public void SpeakingOnTheFloorOrExpressingGratitude_IsSpeech()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Sen. Ann Holt, Ranking Member of the Judiciary Committee, spoke on the Senate floor about the raids."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Governor Ann Holt expressed her gratitude to the agents."));
        // 'spoke' alone, mid-clause, is still no cue.
        Assert.Empty(SpeakersOf("Governor Ann Holt spoke with the agents before the raid."));
    }

    [Fact]
    public void WentOnToSayAndSharingThat_ReportSpeech()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Governor Ann Holt visited the border.", "“Your days are numbered,” she went on to say."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Governor Ann Holt closed the briefing sharing that the program will expand."));
        // 'sharing' without 'that' shares a thing, not words.
        Assert.Empty(SpeakersOf("Governor Ann Holt closed the briefing sharing the stage with the sheriff."));
    }

    [Fact]
    public void CitingSomeone_IsAnArgument()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("At the hearing, Sen. Ann Holt also cited a study of crime rates in sanctuary cities."));
        // A ticket is no citation of anyone's words.
        Assert.Empty(SpeakersOf("Ann Holt was cited for speeding on Monday."));
    }

    [Fact]
    public void TheSuitsWords_AreTheFilingBodys()
    {
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf(
            "The Department of Justice filed a federal lawsuit Monday against the state.",
            "The suit alleges that the state's officials obstruct federal agents."));
        // People who file suit are plaintiffs: their suit's words credit nobody; no filer named, nobody either.
        Assert.Empty(SpeakersOf(
            "The Department of Justice filed a federal lawsuit Monday against the state.",
            "Sheriff Ann Holt and Sheriff Bo Park filed a lawsuit on Friday.",
            "The lawsuit says the law is unconstitutional."));
        Assert.Empty(SpeakersOf("The lawsuit says the law is unconstitutional."));
    }

    [Fact]
    public void AnnouncedWithItsDay_IsSpeechMidClause()
    {
        Assert.Equal(["U.S. Department of Homeland Security"], SpeakersOf("The Department of Homeland Security announced Wednesday officers have arrested 800 people."));
        // 'announced' mid-clause without its day stays no cue.
        Assert.Empty(SpeakersOf("Mayor Ann Holt announced plans for a new park."));
    }
}
