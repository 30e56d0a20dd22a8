namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution, round 18 (parts T and U read): an inverted question after its quote, questioning and stated
/// feelings as speech, plural present verbs, and an acronym the article defines for another body than the lexicon's.
/// Invented sentences.
/// </summary>
public sealed class SpeakerRoundEighteenTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    private static IReadOnlyList<string> Sorted(IReadOnlyList<string> speakers) => [.. speakers.Order(StringComparer.Ordinal)];

    [Fact]
    public void QuestionAskedRightAfterItsQuote_IsTheInvertedNamesQuestion()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Gov. Dana Whitcombe answered questions for three hours.",
            "“Why are you politicizing this?” asked Whitcombe, as the chairman spoke over him."));
        // "asked" with its object after it, and no quote before it, is no inversion.
        Assert.Empty(SpeakersOf("The committee asked Whitcombe to return in June."));
    }

    [Fact]
    public void QuestioningAWitness_AndExpressingAFeeling_AreSpeech()
    {
        Assert.Equal(["Bo Marlow", "Jo Tate"], Sorted(SpeakersOf(
            "U.S. Representatives Jo Tate (R-Dayton) and Bo Marlow (R-Akron) grilled Gov. Dana Whitcombe on the state's policies.")));
        Assert.Equal(["Muriel Banks"], SpeakersOf(
            "After Mayor Muriel Banks expressed her displeasure about the buses, the governor sent them north."));
    }

    [Fact]
    public void ABodyNamedAsAPlural_AsksInThePresent()
    {
        Assert.Equal(["Welcoming Dayton Coalition"], SpeakersOf(
            "The Welcoming Dayton Coalition ask that the town president pass a welcoming ordinance."));
    }

    [Fact]
    public void AnAcronymTheArticleDefines_IsTheArticlesBody()
    {
        // The lexicon reads "FOP" as the Fraternal Order of Police; this article names another body by it.
        Assert.Equal(["National Fraternal Order of Police"], SpeakersOf(
            "Presidents of the National Fraternal Order of Police (FOP) expressed shock at the reports.",
            "The FOP also cited federal data showing a rise in assaults on agents."));
        // Without a definition, the lexicon's name stands.
        Assert.Equal(["Fraternal Order of Police"], SpeakersOf("The FOP also cited federal data showing a rise in assaults on agents."));
    }
}
