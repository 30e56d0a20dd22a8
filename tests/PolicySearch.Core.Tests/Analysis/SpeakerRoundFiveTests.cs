namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Speaker attribution, round 5: broader mechanisms for recall on unseen articles. Invented sentences.</summary>
public class SpeakerRoundFiveTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void DescribingSomethingAsSomething_StatesAView()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Ald. Ann Holt (12th) described the ordinance as a betrayal of the city's values."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Sen. Ann Holt has released a report that details what she describes as abuses by federal agents."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Mayor Ann Holt characterized the raids as cruel and pointless."));
        // Passive: the thing described is no speaker; and without "as" (or a quote) "described" is narration.
        Assert.Empty(SpeakersOf("Mayor Ann Holt was described as a moderate by her colleagues."));
        Assert.Empty(SpeakersOf("Mayor Ann Holt described the route of the parade to reporters."));
    }

    [Fact]
    public void MadeItClear_AndDrawingAttention_StateAPosition()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Mayor Ann Holt made it abundantly clear that the city will not help the agents."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt has drawn attention to the policy.", "Sheriff Ann Holt drew attention to the change in policy."));
    }

    [Fact]
    public void ABodyJoinedToAPartyGroup_EndsBeforeAnd()
    {
        Assert.Equal(["Illinois Nurses Association"], SpeakersOf(
            "In recent weeks the Illinois Nurses Association and Republican lawmakers have brought attention to the new policy."));
        Assert.Equal(["Illinois Nurses Association"], SpeakersOf("The Illinois Nurses Association and Democratic senators said the rule was unfair."));
    }

    [Fact]
    public void APluralRoleOpeningTheSentence_IsTheHoldersNamedLaterWhenTheNumberMatches()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Three mayors have filed suit in federal court against the rule they believe harms their towns.",
            "The suit contends the rule is unlawful.",
            "The suit was brought by Elgin Mayor Ann Holt, Aurora Mayor Bo Park and Joliet Mayor Cy Moore.");
        Assert.Equal(["Ann Holt", "Bo Park", "Cy Moore"], paragraphs[0].Speakers);
        // A number that does not match the holders named later credits nobody.
        Assert.Empty(TestAnalysis.Paragraphs(
            "Four mayors have filed suit in federal court against the rule they believe harms their towns.",
            "The suit contends the rule is unlawful.",
            "The suit was brought by Elgin Mayor Ann Holt, Aurora Mayor Bo Park and Joliet Mayor Cy Moore.")[0].Speakers);
        // "lawsuits" before a participle is no group of role holders.
        Assert.Equal(["Illinois Nurses Association"], SpeakersOf(
            "The Illinois Nurses Association sued Holt and Park in separate lawsuits, alleging their offices broke the law."));
    }

    [Fact]
    public void ALocalGovernmentNamedInLowerCase_IsTheBody_AndTheCityLater()
    {
        Assert.Equal(["City of Elgin"], SpeakersOf("The city of Elgin said it would not share data with federal agents."));
        Assert.Equal(["Village of Oak Park"], SpeakersOf("On Monday, the village of Oak Park released an alert to residents, saying agents were expected."));
        Assert.Equal(["City of Elgin"], SpeakersOf(
            "Mayor Ann Holt and the city of Elgin are set to file another suit.",
            "According to the city, the new grant conditions are unlawful."));
        // "the inner-city of" is no government.
        Assert.Empty(SpeakersOf("Residents of the inner-city of Elgin said they were afraid."));
    }

    [Fact]
    public void TheAfterAnOpeningPhrasesComma_MayStartTheSubject()
    {
        Assert.Equal(["Illinois Nurses Association"], SpeakersOf("On Monday, the Illinois Nurses Association released an alert, saying members were worried."));
    }

    [Fact]
    public void ThePostRead_IsWhoeverPosted()
    {
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf(
            "Mayor Ann Holt said the city would not help.",
            "U.S. Immigration and Customs Enforcement posted a photo on social media a short time later.",
            "“We are here to remove dangerous threats,” the post read."));
        // Nobody posted: the post is nobody's.
        Assert.Empty(SpeakersOf(
            "A photo of the agents circulated online.",
            "“We are here,” the post read."));
    }

    [Fact]
    public void AMiddleInitialGivenLater_NamesThePersonThroughout()
    {
        var paragraphs = TestAnalysis.Paragraphs("“We are safe,” Ann Holt said.", "Director Ann Q. Holt spoke at the event and said more.");
        Assert.Equal(["Ann Q. Holt"], paragraphs[0].Speakers);
        Assert.Equal(["Ann Q. Holt"], paragraphs[1].Speakers);
        // A different middle initial does not rename her.
        Assert.Equal(["Ann Q. Holt"], SpeakersOf("Ann Q. Holt said so.", "Ann B. Holt said no."));
    }
}
