namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Where a speech verb's subject stands: a name set off by commas before it, and a name after it that starts the reported clause. Invented sentences.</summary>
public class SubjectPlacementTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void ANameSetOffByCommasBeforeTheVerb_IsTheSubjectTheDescriptionNames()
    {
        Assert.Equal(["Bo Park"], SpeakersOf("Another alderman, Bo Park, said the rules were fine."));
        Assert.Equal(["Jo Tate"], SpeakersOf("One opponent, Sheriff Jo Tate of Kane County, said the law ties his hands."));
        Assert.Equal(["Bo Park"], SpeakersOf("Ald. Ann Holt said the city should keep its rules.", "Another, Bo Park, said Holt was right about the ordinance."));
    }

    [Fact]
    public void ANameAfterTheVerbThatStartsTheReportedClause_IsNotAnInvertedSpeaker()
    {
        // "…, said Holt was right": Holt is what was said, not who said it.
        Assert.Empty(SpeakersOf("Ald. Ann Holt said the city should keep its rules.", "Others on the council, said Holt was wrong about the ordinance."));
        // The inverted attribution itself still holds.
        Assert.Equal(["Ann Holt"], SpeakersOf("Ald. Ann Holt said the city should keep its rules.", "\"It is wrong,\" said Holt, the alderman."));
    }
}
