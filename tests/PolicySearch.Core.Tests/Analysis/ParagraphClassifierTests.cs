using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Tests.Analysis;

public class ParagraphClassifierTests
{
    private const string Body = "The county board voted on Tuesday to limit how long the jail may hold people for federal agents.";

    /// <summary>The rule that decides a line placed between two ordinary content paragraphs.</summary>
    private static string RuleOf(string line) => TestAnalysis.Paragraphs(Body, line, Body)[1].Rule;

    [Theory]
    [InlineData("[video_player id=”12345″]", "boilerplate.embed-code")]
    [InlineData("[related_box id=\"12\"]", "boilerplate.embed-code")]
    [InlineData("<iframe src=\"https://player.example.com/v/1\"></iframe>", "boilerplate.embed-code")]
    [InlineData("Go ad-free with a Premium membership - $1 trial", "boilerplate.ad")]
    [InlineData("Advertisement", "boilerplate.ad")]
    [InlineData("Sign up for our daily newsletter to get the latest headlines.", "boilerplate.subscribe")]
    [InlineData("Subscribe now for unlimited access", "boilerplate.subscribe")]
    [InlineData("By completing the poll, you agree to receive emails from us and to our privacy policy.", "boilerplate.poll-consent")]
    [InlineData("Take our poll", "boilerplate.poll")]
    [InlineData("Related: City council weighs new budget", "boilerplate.related")]
    [InlineData("READ MORE: Governor signs budget", "boilerplate.related")]
    [InlineData("Disclaimer: Images are used for illustration only.", "boilerplate.disclaimer")]
    [InlineData("Copyright 2024 Example Media. All rights reserved.", "boilerplate.disclaimer")]
    [InlineData("Corrections policy: we fix errors promptly and say so.", "boilerplate.fact-check-policy")]
    [InlineData("Correction: An earlier version misstated the vote count.", "boilerplate.fact-check-policy")]
    [InlineData("Updated", "boilerplate.timestamp")]
    [InlineData("Published 3:45 PM EST, Mon January 27, 2025", "boilerplate.timestamp")]
    [InlineData("By Jane Doe", "boilerplate.byline")]
    [InlineData("By Jane Doe and John Roe, Staff Writers", "boilerplate.byline")]
    [InlineData("Protesters gather outside City Hall. (AP Photo/Jane Doe)", "boilerplate.caption-credit")]
    [InlineData("Photo: Jane Doe for Example News", "boilerplate.caption-credit")]
    [InlineData("Demonstrators march downtown. Scott Olson/Getty Images", "boilerplate.caption-credit")]
    [InlineData("Contact the reporter at jane.doe@example.com.", "boilerplate.contact")]
    [InlineData("jane.doe@example.com", "boilerplate.contact")]
    [InlineData("Follow Jane Doe on Twitter @janedoe", "boilerplate.contact")]
    [InlineData("Share this article", "boilerplate.share-widget")]
    [InlineData("Home | News | Politics | Immigration", "boilerplate.navigation")]
    [InlineData("Skip to main content", "boilerplate.navigation")]
    [InlineData("We use cookies to improve your experience. By continuing you accept our cookie policy.", "boilerplate.cookie-notice")]
    [InlineData("Tags: immigration, police, city council", "boilerplate.tags")]
    [InlineData("Download the Example News app for breaking alerts", "boilerplate.app-promo")]
    [InlineData("Toggle caption", "boilerplate.widget")]
    [InlineData("Jane Doe is a staff reporter for Example News covering immigration and public safety.", "boilerplate.author-bio")]
    [InlineData("You may also like", "boilerplate.related")]
    [InlineData("Share this:", "boilerplate.share-widget")]
    [InlineData("Updated: 3:15 PM CST Jan 30, 2025", "boilerplate.timestamp")]
    [InlineData("WASHINGTON", "boilerplate.dateline")]
    [InlineData("Story continues below advertisement", "boilerplate.ad")]
    [InlineData("Associated Press writer Jane Roe contributed to this report.", "boilerplate.editor-note")]
    [InlineData("Image 1 of 5", "boilerplate.caption-credit")]
    [InlineData("Mayor Jane Doe speaks at City Hall on Monday. (Jane Roe/Example Tribune)", "boilerplate.caption-credit")]
    [InlineData("Facebook Twitter Email", "boilerplate.share-widget")]
    [InlineData("COUNTY BOARD DELAYS VOTE ON JAIL CONTRACT", "boilerplate.all-caps-headline")]
    [InlineData("Which City Has The Best Transit System?", "boilerplate.title-case-teaser")]
    [InlineData("Quick - Do This Before Your Bank Changes Your Retirement Plan Next …", "boilerplate.title-case-teaser")]
    [InlineData("Thursday, Sept. 7, 2017 12:05 am", "boilerplate.timestamp")]
    [InlineData("Wednesday, Aug 20, 25 @ 8:00 am", "boilerplate.timestamp")]
    [InlineData("— March 11, 2020", "boilerplate.timestamp")]
    [InlineData("skip to newscasts", "boilerplate.navigation")]
    [InlineData("Previous post: Council delays the vote", "boilerplate.navigation")]
    [InlineData("facebook instagram linkedin reddit youtube twitter", "boilerplate.share-widget")]
    [InlineData("SHARE Council strengthens its ordinance", "boilerplate.share-widget")]
    [InlineData("play newscast audio", "boilerplate.player")]
    [InlineData("Get browser notifications for breaking news, live events, and exclusive reporting.", "boilerplate.notification-prompt")]
    [InlineData("Lea este artículo en español en la sección bilingüe del diario.", "boilerplate.language-link")]
    [InlineData("Example-Times file", "boilerplate.caption-credit")]
    [InlineData("/", "boilerplate.caption-credit")]
    [InlineData("The governor at a bill signing. File Photo by Jane Roe/Example Wire", "boilerplate.caption-credit")]
    [InlineData("Jane Doe, speaking at a rally in the capital", "boilerplate.caption")]
    [InlineData("The mayor testified on the city's policy. Example 5's Jane Roe reports.", "boilerplate.video-caption")]
    [InlineData("What we know:", "boilerplate.section-label")]
    [InlineData("Sponsored by Example Bank", "boilerplate.ad")]
    [InlineData("WATCH LIVE: the governor's news conference", "boilerplate.livestream")]
    [InlineData("Posted by Mark Roe", "boilerplate.byline")]
    [InlineData("To subscribe to the print edition, click here.", "boilerplate.subscribe")]
    [InlineData("Jane Doe says: March 5, 2020 at 3:14 pm", "boilerplate.comment")]
    [InlineData("photo-governor-2019-1000x667", "boilerplate.image-file")]
    [InlineData("Quantcast", "boilerplate.single-word")]
    public void Classify_BoilerplateLine_FiresItsRule(string line, string rule)
    {
        Assert.Equal(rule, RuleOf(line));
    }

    [Theory]
    [InlineData("Democrats cheered the new policy.")]
    [InlineData("“We will not be silent,” she said.")]
    [InlineData("The mayor said he would sign up for a second term if voters let him.")]
    [InlineData("By law, local police may not hold anyone on a detainer alone.")]
    [InlineData("Police Chief Ann Reyes is a former federal agent who now opposes the detainer program.")]
    [InlineData("The app the city launched lets residents report raids.")]
    [InlineData("By Monday, the council had voted twice.")]
    [InlineData("Posted on Facebook, the video shows agents at a school.")]
    [InlineData("Join the rally today, organizers urged.")]
    [InlineData("Residents can email questions to help@example.gov, officials said.")]
    [InlineData("An AP photo showed agents outside the school.")]
    [InlineData("Jane Doe is a freelance journalist who was detained by agents last week.")]
    [InlineData("The mayor said:")]
    [InlineData("Watch what happens when police stop cooperating, the sheriff said.")]
    [InlineData("A photo by the county shows the jail on Monday.")]
    public void Classify_OrdinaryProse_IsContent(string line)
    {
        Assert.Equal("content", RuleOf(line));
    }

    [Fact]
    public void Classify_HeadlineDekAndRepeats_AreTitles()
    {
        const string headline = "City Police Will Not Assist Federal Deportations";
        var paragraphs = TestAnalysis.Article(headline,
            headline,
            "The council blocked a proposal on Wednesday, keeping its ordinance intact.",
            headline,
            headline,
            Body);

        Assert.Equal(["title.headline", "title.dek", "title.headline-repeat", "title.headline-repeat", "content"], paragraphs.Select(p => p.Rule));
        Assert.All(paragraphs.Take(4), p => Assert.Equal(ParagraphKind.Title, p.Kind));
        Assert.All(paragraphs.Take(4), p => Assert.Null(p.Stance));
    }

    [Fact]
    public void Classify_SentenceRightUnderTheHeadlineFollowedByBody_IsTheLedeNotADek()
    {
        const string headline = "City Police Will Not Assist Federal Deportations";
        var paragraphs = TestAnalysis.Article(headline, headline, "The council blocked a proposal on Wednesday.", Body);

        Assert.Equal("content", paragraphs[1].Rule);
    }

    [Fact]
    public void Classify_BylineAfterTheHeadline_IsBoilerplateNotADek()
    {
        const string headline = "City Police Will Not Assist Federal Deportations";
        var paragraphs = TestAnalysis.Article(headline, headline, "By Jane Doe and John Roe", "Updated: 3:15 PM", Body);

        Assert.Equal(["title.headline", "boilerplate.byline", "boilerplate.timestamp", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_HeadlineWithoutTheOutletSuffixOfTheManifestTitle_IsTitle()
    {
        var paragraphs = TestAnalysis.Article("Council rejects bid to let police work with ICE - Example News", "Council rejects bid to let police work with ICE", Body);

        Assert.Equal("title.headline", paragraphs[0].Rule);
    }

    [Fact]
    public void Classify_FirstLineHeadlineWithoutManifestTitle_IsTitle()
    {
        var paragraphs = TestAnalysis.Article(null, "Council Rejects Plan To Work With Federal Agents", Body);

        Assert.Equal("title.headline", paragraphs[0].Rule);
    }

    [Fact]
    public void Classify_FirstLineThatIsASentence_IsContentEvenWhenItIsTheTitle()
    {
        // An article without manifest entry is titled by its first line; a body sentence must still be content.
        var paragraphs = TestAnalysis.Article(Body, Body, Body + " Again.");

        Assert.Equal("content", paragraphs[0].Rule);
    }

    [Fact]
    public void Classify_LineRepeatedInTheBody_IsAHeadlineRepeat()
    {
        const string repeated = "Council Keeps Sanctuary Rules In Place";
        var paragraphs = TestAnalysis.Article("Something else", Body, repeated, Body, repeated);

        Assert.Equal("title.headline-repeat", paragraphs[1].Rule);
    }

    [Fact]
    public void Classify_LinesAboveTheHeadline_AreThePagesChrome()
    {
        const string headline = "Council Keeps Sanctuary Rules In Place";
        var paragraphs = TestAnalysis.Article(headline, "Donald Trump", "Arson attacks hit rail lines; a county passes privacy rules; art revives a town.", headline, Body);

        Assert.Equal(["boilerplate.above-headline", "boilerplate.above-headline", "title.headline", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_ShortLineWithoutFullStopInTheBody_IsASubhead()
    {
        const string headline = "Council Keeps Sanctuary Rules In Place";
        var paragraphs = TestAnalysis.Article(headline, headline, Body, "What the ordinance requires", "The sheriff said the jail would follow the state law from now on.", "“The detainer is simply a request, and courts have said so again and", "Officials did not respond.");

        Assert.Equal(["title.headline", "content", "title.subhead", "content", "content", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_DekThatTheLedeRepeats_IsATitle()
    {
        const string headline = "Council Keeps Sanctuary Rules In Place";
        var paragraphs = TestAnalysis.Article(headline, headline,
            "The department announced the new operation on Monday.",
            "WASHINGTON - The department on Monday announced the new operation, which targets the city.", Body);

        Assert.Equal(["title.headline", "title.dek", "content", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_LinesAboveALoneCredit_AreCaptionAndAltText()
    {
        var paragraphs = TestAnalysis.Paragraphs(Body, "Ald. Jane Doe speaks at a rally", "Ald. Jane Doe speaks at a rally in 2019. She voted for the change.", "Example-Times file", Body);

        Assert.Equal(["content", "boilerplate.alt-text", "boilerplate.caption", "boilerplate.caption-credit", "content"], paragraphs.Select(p => p.Rule));
    }
}
