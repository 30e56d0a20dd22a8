namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution, round 20 (parts X and Y read): the words between a cue and the name after it, "concluded that",
/// a month that is no auxiliary, a document's participle after a time, and an announced quotation that ends the
/// statement. Invented sentences.
/// </summary>
public sealed class SpeakerRoundTwentyTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void NameAfterAPossessiveRoleOrAQuotedDescription_IsTheSpeaker()
    {
        Assert.Equal(["Jo Tate"], SpeakersOf("Local jails can hold people for 48 hours at most, said sheriff's Lt. Jo Tate."));
        Assert.Equal(["Bo Marlow"], SpeakersOf("According to “border czar” Bo Marlow, the agency is considering a base north of Dayton."));
    }

    [Fact]
    public void ConcludedThat_IsSpeech_ButConcludingAnInvestigationInMayIsNot()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Attorney General Dana Whitcombe has concluded that the department reversed course."));
        Assert.Empty(SpeakersOf("Attorney General Dana Whitcombe concluded the investigation in May."));
        Assert.Empty(SpeakersOf("Attorney General Dana Whitcombe confirmed the investigation in May."));
    }

    [Fact]
    public void ResolutionCallingForSomething_AfterATime_IsTheDocumentsCall()
    {
        Assert.Empty(SpeakersOf("The Dayton City Council passed a resolution Tuesday night calling for limits on cooperation with ICE."));
        Assert.Equal(["Dayton City Council"], SpeakersOf("The Dayton City Council passed the measure Tuesday, calling it a victory for residents."));

        // A footnote's number stuck to the document's name leaves it the document.
        Assert.Empty(SpeakersOf("In 2008, the Dayton City Council passed a resolution1 calling for limits on cooperation with ICE."));
    }

    [Fact]
    public void AgreementNamedAfterABody_IsNoSpeaker_ButTheBodyIs()
    {
        // An agreement or order named after a county is a document (part ZM): its terms are not the county's words.
        Assert.Empty(SpeakersOf("For example, the Dayton County MOA specifies that designated officers may serve ICE warrants."));
        Assert.Empty(SpeakersOf("The Dayton County Executive Order states that deputies will not ask about immigration status."));
        Assert.Equal(["Dayton County Board"], SpeakersOf("The Dayton County Board said deputies will not ask about immigration status."));
    }

    [Fact]
    public void AnnouncedStatementGivenAsOneQuotation_EndsWithIt()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "I read an article today that quoted Gov. Dana Whitcombe, who said the following about the mayor:",
            "“He needs to listen to the cities he is sending people to. Why is he not sending anybody to Idaho?”",
            "Let me answer the governor’s question. Idaho has no sanctuary cities.");

        Assert.Equal(["Dana Whitcombe"], paragraphs[1].Speakers);
        Assert.Empty(paragraphs[2].Speakers);
    }
}
