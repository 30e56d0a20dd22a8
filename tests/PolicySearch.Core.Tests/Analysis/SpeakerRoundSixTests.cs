using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Speaker attribution, round 6: families of constructions seen on the fresh part. Invented sentences.</summary>
public class SpeakerRoundSixTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void TakingIssue_Scoffing_Ruling_AndTweeting_AreStatedPositions()
    {
        Assert.Equal(["Bo Park"], SpeakersOf("State Rep. Bo Park also took issue with the closing of the jails."));
        Assert.Equal(["Bo Park"], SpeakersOf("Sen. Bo Park scoffed at the plan, calling it a stunt."));
        Assert.Equal(["Ann Holt"], SpeakersOf("U.S. District Judge Ann Holt ruled that the grant conditions were unlawful."));
        Assert.Equal(["Bo Park"], SpeakersOf("The raids were called off, but Sen. Bo Park objected, tweeting that the crisis was manufactured."));
        // "ruled" with an object or a particle is no stated position of its own.
        Assert.Empty(SpeakersOf("Judge Ann Holt ruled out a delay in the case."));
    }

    [Fact]
    public void APartyTagSetOffByCommas_StandsBetweenSubjectAndVerb_AndNamesNobody()
    {
        Assert.Equal(["Bo Park"], SpeakersOf("State Rep. Bo Park, R-Elgin, also said the jails would close."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Sen. Ann Holt, D-Chicago, argued the law protects families."));
        Assert.Empty(SpeakersOf("“The jails will close,” R-Elgin said."));
    }

    [Fact]
    public void AQuotesAttribution_CountsWhateverFollowsItsVerb()
    {
        Assert.Equal(["Bo Park"], SpeakersOf(
            "“What are they going to do to me?” Lake County Sheriff Bo Park asked regarding the penalties. “Nothing.”"));
        Assert.Equal(["Ann Holt"], SpeakersOf("Mayor Ann Holt spoke to reporters.", "“We will not comply,” she added in a statement on Monday night."));
        // Away from a quote, "asked" is a request or a condition, not speech.
        Assert.Empty(SpeakersOf("Sheriff Bo Park asked the court to block the law."));
        Assert.Equal(["Bo Park"], SpeakersOf("Sheriff Bo Park said the county helps federal agents when asked."));
    }

    [Fact]
    public void ATimeBeforeThat_KeepsAClauseFinalVerbAsSpeech()
    {
        Assert.Equal(["Bo Park"], SpeakersOf("Sen. Bo Park announced last month that towns would lose their grants."));
        Assert.Equal(["Bo Park"], SpeakersOf("Sen. Bo Park confirmed this week that the grants were frozen."));
    }

    [Fact]
    public void AnExampleOfAGroup_SetOffByCommas_IsTheSubject()
    {
        Assert.Equal(["Bo Park"], SpeakersOf("Opponents, such as Sen. Bo Park, say the bill goes too far."));
        Assert.Equal(["Bo Park"], SpeakersOf("Critics, including Rep. Bo Park, argue the law ties the hands of police."));
    }

    [Fact]
    public void AMeasureNamedAfterAChamber_IsNoBody()
    {
        // The inverted "say X" finds no speaker in "Senate Bill 31".
        Assert.DoesNotContain("Senate Bill", SpeakersOf("Opponents say Senate Bill 31 might be well meant, but it goes too far."));
        Assert.Empty(SpeakersOf("Opponents say Senate Bill 31 might be well meant, but it goes too far."));
    }

    [Fact]
    public void ChiefOfStaff_IsATitle()
    {
        Assert.Equal(["Bo Park"], SpeakersOf("Agents were seen at the base, Elgin Chief of Staff Bo Park said."));
    }

    [Fact]
    public void AFullNameOutsideTheText_ExpandsTheSurnameInIt()
    {
        var paragraphs = TestAnalysis.Article(
            "Sanctuary bill signed",
            "Sanctuary bill signed",
            "The governor signed the bill on Monday, over the objections of several lawmakers.",
            "Opponents, such as Sen. Tolliver, say the bill goes too far.",
            "Harlan Tolliver");
        Assert.Equal(ParagraphKind.Content, paragraphs[2].Kind);
        Assert.NotEqual(ParagraphKind.Content, paragraphs[3].Kind);
        Assert.Equal(["Harlan Tolliver"], paragraphs[2].Speakers);
    }

    [Fact]
    public void ABodysSpokesperson_SpeaksForTheBody_NotForAnOfficeOfIt()
    {
        Assert.Equal(["City of Elgin"], SpeakersOf("The City of Elgin said agents were seen.", "The city's spokesperson said residents should stay calm."));
    }
}
