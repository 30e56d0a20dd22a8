namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Speaker attribution, round 3: constructions found failing on unseen articles. Invented sentences.</summary>
public class SpeakerRoundThreeTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void AnAdministrationsNameBeforeAWellKnownBody_IsTheBodyItself()
    {
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf("The Biden Justice Department said the county must honor the requests."));
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf("The Trump Department of Justice argues the ordinance is unlawful."));
    }

    [Fact]
    public void ACityLawyersTitle_IsNoPartOfTheName()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Corporation Counsel Ann Holt said the city would defend the ordinance."));
        Assert.Equal(["Bo Park"], SpeakersOf("City Attorney Bo Park said the lawsuit has no merit."));
    }

    [Fact]
    public void CommaAndAfterASinglePlace_JoinsTwoClauses()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("The suit was filed Monday in Springfield, and Mayor Ann Holt said it is the right thing to do."));
        // A list of three with a serial comma is still a preposition's object.
        Assert.Empty(SpeakersOf("Officials from Elgin, Aurora, and Joliet said the rules were unclear."));
    }

    [Fact]
    public void AParticipleRightAfterAPrepositionsObject_BelongsToTheSentencesSubject()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Mayor Ann Holt sent a letter to the Elgin Police Department calling for an end to the patrols."));
        Assert.Equal(["Bo Park"], SpeakersOf("Sheriff Bo Park filed suit against Elgin, Aurora, and Joliet arguing the ordinances are illegal."));
        // 'with' makes the participle its object's own.
        Assert.Contains("Cy Moore", SpeakersOf("The council met on Monday, with Attorney General Cy Moore saying the law is clear."));
    }

    [Fact]
    public void AWellKnownSurnameMisspeltByOneLetter_IsTheFigure()
    {
        Assert.Equal(["JB Pritzker"], SpeakersOf("Prizker said on Monday that the troops are not needed."));
        Assert.Equal(["JB Pritzker"], SpeakersOf("“Record what you see,” Pritzer said in a post."));
        // Two letters off, or a short name: nobody.
        Assert.Empty(SpeakersOf("Prisker said on Monday that the troops are not needed."));
    }

    [Fact]
    public void APossessiveOpeningASentence_IsSalientForLaterPronouns()
    {
        Assert.Equal(["Tom Holt"], SpeakersOf(
            "Mayor Tom Holt sued the administration on Monday.",
            "In a letter, Sheriff Bill Park said his county has always worked with federal agents.",
            "Holt's lawsuit was filed two days after he announced it on the radio.",
            "The suit follows a ruling in another county. He said the city will not be blackmailed."));
    }

    [Fact]
    public void ParticiplesOfCriticismAndMakingItClear_ReportAPosition()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Gov. Ann Holt, a Republican, sent more buses through the city's airports, criticizing the mayor for the new rules."));
        Assert.Equal(["Bo Park"], SpeakersOf("Sheriff Bo Park made it clear that his deputies will not hold anyone for ICE."));
    }

    [Fact]
    public void APersonIntroducedWithADescription_IsWhomTheNextPronounMeans()
    {
        Assert.Equal(["Ozzie Lane"], SpeakersOf(
            "“We are strengthening the ordinance,” Ald. Bill Park said.",
            "The change will help immigrants like Ozzie Lane, a leader with Access Living, a disability rights group. He said any stop could lead to his deportation."));
    }

    [Fact]
    public void TheVillageSpokesperson_SpeaksForTheVillageTheArticleNamed()
    {
        Assert.Equal(["Village of Elmwood"], SpeakersOf(
            "Protesters gathered outside the offices of the Village of Elmwood on Friday.",
            "Police made six arrests, the village spokesperson told reporters."));
        // No village named: nobody.
        Assert.Empty(SpeakersOf("Police made six arrests, the village spokesperson told reporters."));
    }

    [Fact]
    public void AVillageSpokesperson_SpeaksForTheVillageTheArticleNamed()
    {
        Assert.Equal(["Village of Elmwood"], SpeakersOf(
            "Protesters gathered outside the offices of the Village of Elmwood on Friday.",
            "A village spokesperson told reporters that the mayor was not in the office."));
    }

    [Fact]
    public void CampaigningOnAPromise_StatesAPosition()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Mayor Ann Holt campaigned on a promise to end the exceptions that let police work with ICE."));
    }
}
