namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Pull quotes signed with a typed dash, on the quote's line or on a line of their own; letters; a city solicitor's and a
/// chief of police's titles. Invented sentences.
/// </summary>
public class PullQuoteSignatureTests
{
    [Fact]
    public void AHyphenAfterTheQuote_SignsIt()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“We will keep our officers focused on local crime,” -Mayor Jo Lee",
            "\"The county jail is not an immigration holding center.\" --Sheriff Sam Ortiz");

        Assert.Equal(["Jo Lee"], paragraphs[0].Speakers);
        Assert.Equal(["Sam Ortiz"], paragraphs[1].Speakers);
    }

    [Fact]
    public void AHyphenInsideTheSentence_SignsNothing()
    {
        // A hyphen joining a quoted word to the next, or a name that does not close the paragraph, is no signature.
        var paragraphs = TestAnalysis.Paragraphs(
            "The “sanctuary”-Style rules passed in 2019 were debated for months by the council and the mayor of the city.",
            "The memo called it a \"welcoming\" -Springfield policy that the council and the mayor of the city had debated for months.");

        Assert.All(paragraphs, paragraph => Assert.Empty(paragraph.Speakers));
    }

    [Fact]
    public void ASignatureLine_CreditsTheQuoteAboveIt()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Mayor signs order on police and ICE",
            "\"We will not let the agents use our jails to round up families.\"",
            "--Springfield Mayor Jo Lee",
            "The order takes effect Monday.",
            "“Our officers will keep their focus on local crime.”",
            "— Police Chief Sam Ortiz");

        Assert.Equal(["Jo Lee"], paragraphs[1].Speakers);
        Assert.Equal(["Sam Ortiz"], paragraphs[4].Speakers);
        Assert.Empty(paragraphs[3].Speakers);
    }

    [Fact]
    public void ASignatureLine_LeavesAQuoteWithASpeakerAlone()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "\"We will not let the agents use our jails,\" Governor Ann Holt said.",
            "--Springfield Mayor Jo Lee");

        Assert.Equal(["Ann Holt"], paragraphs[0].Speakers);
    }

    [Fact]
    public void ACitySolicitor_IsATitle()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“The judge found the grant conditions unlawful,” said City Solicitor Dana Whitcombe in a statement.");

        Assert.Equal(["Dana Whitcombe"], paragraphs[0].Speakers);
    }

    [Fact]
    public void SendingALetter_StatesAPosition()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Sheriff Ann Holt sent a letter to the governor asking her to sign the bill.",
            "Elm Grove Chief of Police Bo Park penned a letter urging a veto.");

        Assert.Equal(["Ann Holt"], paragraphs[0].Speakers);
        Assert.Equal(["Bo Park"], paragraphs[1].Speakers);
    }
}
