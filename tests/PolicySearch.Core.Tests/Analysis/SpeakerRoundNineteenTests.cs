namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution, round 19 (parts V and W read): a second predicate joined by "but", a quote that "is how"
/// someone put it, and an "-ing" noun after a determiner. Invented sentences.
/// </summary>
public sealed class SpeakerRoundNineteenTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void SecondPredicateJoinedByBut_IsTheSubjectsSpeech()
    {
        Assert.Equal(["Shawn Marlow"], SpeakersOf(
            "Sheriff's spokesman Shawn Marlow spoke to reporters on Monday.",
            "Marlow declined to release the name of the man, but said he was arrested on a federal warrant."));
    }

    [Fact]
    public void QuoteThatIsHowSomeoneDescribedIt_IsTheirs()
    {
        Assert.Equal(["Jo Tate"], SpeakersOf(
            "“Shock and awe” is how Jo Tate, a senior fellow at the Dayton Policy Institute, described the tactics."));
        // Without a quote before "is how", the verb keeps its own rule (a quote or "as" after it).
        Assert.Empty(SpeakersOf("That is how the mayor described the plan to the council."));
    }

    [Fact]
    public void IngFormAfterADeterminer_IsANounNotAParticiple()
    {
        Assert.Empty(SpeakersOf("Gov. Dana Whitcombe signed the bill in 2017, the strongest such law as of this writing."));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Gov. Dana Whitcombe signed the bill, saying it would protect immigrants."));
    }
}
