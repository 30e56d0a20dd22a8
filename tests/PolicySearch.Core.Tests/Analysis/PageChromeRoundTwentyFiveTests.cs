using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Kinds round 25 (twelfth session), from the kinds errors of parts ZR to ZW: newsletter and station promos, reader
/// prompts, credits after a caption's last sentence, quotation and release source lines, a resolution's signing
/// formula, and where a dek ends and the body starts. Every example is invented.
/// </summary>
public class PageChromeRoundTwentyFiveTests
{
    private const string Body = "The county board voted on Tuesday to limit how long the jail may hold people for federal agents.";
    private const string Headline = "County Board Limits Jail Holds for Federal Agents";

    private static string RuleOf(string line) => TestAnalysis.Paragraphs(Body, line, Body)[1].Rule;

    [Theory]
    [InlineData("Get The Exampleville Gazette in your inbox!", "boilerplate.subscribe")]
    [InlineData("Get a daily rundown of the top stories on Example News", "boilerplate.subscribe")]
    [InlineData("Stream Example 7 for free, 24/7, wherever you are.", "boilerplate.ad")]
    [InlineData("We'd love to hear your thoughts on our Facebook page.", "boilerplate.comment")]
    [InlineData("Will you sign?", "boilerplate.call-to-action")]
    [InlineData("Volunteers hand out flyers outside the county building in Exampleville. (Courtesy of Example Coalition)", "boilerplate.caption-credit")]
    [InlineData("Volunteers hand out flyers outside the county building in Exampleville. Jane Roe/Example Public Media", "boilerplate.caption-credit")]
    [InlineData("—Jane Roe, Example Weekly, today.", "boilerplate.embed-attribution")]
    [InlineData("* From the Jane Doe campaign", "boilerplate.source-label")]
    [InlineData("DATED at Exampleville, Illinois, this 18th day of August, A.D., 2020.", "boilerplate.signature")]
    [InlineData("- Categories", "boilerplate.tags")]
    public void Classify_PageChromeShapes_AreBoilerplate(string line, string rule) => Assert.Equal(rule, RuleOf(line));

    [Theory]
    // Speech in the sentence keeps a trailing parenthesis part of the body.
    [InlineData("Volunteers said the county building was closed all week (courtesy of the sheriff, they said).")]
    // A question to the reader that goes on is the body asking it.
    [InlineData("Will you sign the petition, the sheriff asked the board members, before Tuesday's vote?")]
    // A sentence that only mentions an inbox.
    [InlineData("Residents said the notices landed in their inbox a day after the vote.")]
    public void Classify_BodySentencesWithTheSameWords_StayContent(string line) => Assert.Equal("content", RuleOf(line));

    [Fact]
    public void Classify_SentenceAboveADatelinedLede_IsADek()
    {
        var paragraphs = TestAnalysis.Article(Headline, Headline,
            "Measure backed by a broad coalition would end jail holds for federal agents across the county",
            "(EXAMPLEVILLE, IL) After months of hearings, the county board voted on Tuesday to end the holds.", Body);

        Assert.Equal(["title.headline", "title.dek", "content", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_LongTitleCaseLineUnderTheHeadline_IsADekWhateverFollows()
    {
        // Past the 20 words of a title-case teaser.
        var paragraphs = TestAnalysis.Article(Headline, Headline,
            "Appeals Court Rules in Favor of District Court Ruling Installing a Nationwide Injunction That Prevents New Conditions on Public Safety Grants for Cities",
            "Residents packed the meeting room long before the vote, many of them holding handmade signs in two languages.", Body);

        Assert.Equal(["title.headline", "title.dek", "content", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_DatelinedLedeAboveASectionLabel_IsTheBodyNotADek()
    {
        var paragraphs = TestAnalysis.Article(Headline, Headline,
            "EXAMPLEVILLE - As the new year begins, a proposal to end jail holds is reigniting debate over the county's rules.",
            "What We Know", Body);

        Assert.Equal(ParagraphKind.Content, paragraphs[1].Kind);
    }

    [Fact]
    public void Classify_LineEndingInAColonUnderTheHeadline_IntroducesWhatFollows()
    {
        var paragraphs = TestAnalysis.Article(Headline, Headline,
            "Here is the item the board chairman put on the agenda for Tuesday:",
            "RESOLUTION TO END THE JAIL AGREEMENT WITH THE FEDERAL GOVERNMENT", Body);

        Assert.Equal("content", paragraphs[1].Rule);
    }

    [Fact]
    public void Classify_SignedQuotationAboveADatelinedLede_IsItsSpeakersWordsNotADek()
    {
        var paragraphs = TestAnalysis.Article(Headline, Headline,
            "“This will help officers do their jobs and keep our communities safer,” -Sheriff Jane Doe",
            "EXAMPLEVILLE, IL – The county board today voted to end the jail holds at a crowded meeting.", Body);

        Assert.Equal("content", paragraphs[1].Rule);
    }
}
