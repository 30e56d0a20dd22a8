using PolicySearch.Core.Analysis;
using PolicySearch.Core.Analysis.Classification;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Tests.Analysis;

public class ParagraphClassifierTests
{
    private const string Body = "The county board voted on Tuesday to limit how long the jail may hold people for federal agents.";
    private const string Lede = "Residents packed the meeting room long before the vote, many of them holding handmade signs in two languages.";

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
    [InlineData("< >", "boilerplate.symbols")]
    [InlineData("* * *", "boilerplate.symbols")]
    [InlineData("  •  ", "boilerplate.symbols")]
    [InlineData("(Left) Migrant tents in Albany Park.", "boilerplate.caption")]
    [InlineData("(From left) Mayor Jo Lee and Sheriff Ann Holt at the hearing.", "boilerplate.caption")]
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
    [InlineData("This event is sponsored by Connect (Facebook page or web site).", "boilerplate.ad")]
    [InlineData("(Click here for resources to “Know Your Rights”).", "boilerplate.related")]
    [InlineData("September 18, 2017 - (4 min read)", "boilerplate.widget")]
    [InlineData("This is the sixth edition of The Badge, a series on the powers of sheriffs.", "boilerplate.editor-note")]
    [InlineData("This story is part of a collaboration between two newsrooms.", "boilerplate.editor-note")]
    [InlineData("The attorney general announces a directive on police cooperation with ICE in Newark, N.J. Friday Sept. 27, 2019.", "boilerplate.caption")]
    [InlineData("Read: The nation's sheriffs are getting a heavy dose of immigration politics", "boilerplate.related")]
    [InlineData("WATCH LIVE: the governor's news conference", "boilerplate.livestream")]
    [InlineData("Posted by Mark Roe", "boilerplate.byline")]
    [InlineData("To subscribe to the print edition, click here.", "boilerplate.subscribe")]
    [InlineData("Jane Doe says: March 5, 2020 at 3:14 pm", "boilerplate.comment")]
    [InlineData("photo-governor-2019-1000x667", "boilerplate.image-file")]
    [InlineData("Quantcast", "boilerplate.single-word")]
    [InlineData("Residents gather outside Town Hall on November 14 for a press conference. (Image Provided)", "boilerplate.caption-credit")]
    [InlineData("Watch the entire six-minute video of the congresswoman's questioning:", "boilerplate.embed-announcement")]
    [InlineData("For more about the bill, please check out the Review's reporting here and here.", "boilerplate.related")]
    [InlineData("Welcome to Fox Valley Weekly, a twice-weekly newsletter on local happenings in Batavia and Geneva.", "boilerplate.subscribe")]
    [InlineData("Get yours: subscribe here. Refer a friend: share this link.", "boilerplate.subscribe")]
    [InlineData("Here’s what you should know:", "boilerplate.section-label")]
    [InlineData("Hello Everyone,", "boilerplate.salutation")]
    [InlineData("Dear Governor Dana Whitcombe,", "boilerplate.salutation")]
    [InlineData("A cell block of the county jail. [Example Commercial file]", "boilerplate.caption-credit")]
    [InlineData("Feature photo: Proponents of a welcoming ordinance at a village board meeting in February.", "boilerplate.caption-credit")]
    [InlineData("top of page", "boilerplate.navigation")]
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
    public void Classify_ExclaimedHeadlineInTitleCase_IsTitle()
    {
        var paragraphs = TestAnalysis.Article("Help Protest Expansion of the County Jail!", "Help Protest Expansion of the County Jail!", Body);
        Assert.Equal("title.headline", paragraphs[0].Rule);

        // An exclamation in sentence case is the body's.
        var exclaimed = TestAnalysis.Article(null, Body, "We will not stand for this raid on our neighbors!");
        Assert.Equal("content", exclaimed[1].Rule);
    }

    [Fact]
    public void Classify_ALineTheArticlePrintsTwice_IsAnImagesCaption()
    {
        const string caption = "Residents express their disappointment after the committee voted on the bill in the spring.";
        const string lede = "The governor signed the bill on Friday, ending a year of debate over the county jails.";
        var paragraphs = TestAnalysis.Article("Governor signs the bill", "Governor signs the bill", lede, caption, caption, Body);
        Assert.Equal(["title.headline", "content", "boilerplate.repeated-caption", "boilerplate.repeated-caption", "content"], paragraphs.Select(p => p.Rule));

        // A body crawled twice keeps its paragraphs, paragraph by paragraph or as a whole.
        string[] body = ["The council voted on Monday to end the jail contract with ICE.", "The sheriff said the county would lose money but keep its deputies.", "Advocates said the vote would keep families together in the county."];
        var twice = TestAnalysis.Article("Council ends the contract", ["Council ends the contract", .. body, .. body]);
        Assert.DoesNotContain(twice, p => p.Rule == "boilerplate.repeated-caption");
        var doubled = TestAnalysis.Article("Council ends the contract", ["Council ends the contract", .. body.SelectMany(line => new[] { line, line })]);
        Assert.DoesNotContain(doubled, p => p.Rule == "boilerplate.repeated-caption");
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

    [Fact]
    public void Classify_ASentenceThenTheSameSentenceWithACredit_AreAltTextAndCaption()
    {
        const string alt = "A federal judge blocked the attorney general's new rules for sanctuary cities.";
        var paragraphs = TestAnalysis.Paragraphs(Body, alt, alt + " (Jane Doe/Getty Images)", alt.Replace("federal", "state") + " (U.S. Department of Homeland Security)", Body);

        Assert.Equal(["content", "boilerplate.alt-text", "boilerplate.caption-credit", "content", "content"], paragraphs.Select(p => p.Rule));

        // The credit need not be one the rules know; a quoted or long parenthesis is the body going on.
        var unknownCredit = TestAnalysis.Paragraphs(Body, alt, alt + " (U.S. Department of Homeland Security)", Body);
        Assert.Equal(["content", "boilerplate.alt-text", "boilerplate.caption", "content"], unknownCredit.Select(p => p.Rule));
        var goesOn = TestAnalysis.Paragraphs(Body, alt, alt + " (The judge wrote that the city was likely to win its case on the merits.)", Body);
        Assert.All(goesOn, p => Assert.Equal("content", p.Rule));
    }

    [Fact]
    public void Classify_TwoCapitalisedWordsAlone_AreALabelOfThePage()
    {
        var paragraphs = TestAnalysis.Paragraphs("Immigration Action", Body, "Amanda Karras", Body);
        Assert.Equal(["boilerplate.label", "content", "boilerplate.label", "content"], paragraphs.Select(p => p.Rule));

        // Two words that end a sentence, or that are not both capitalised, stay the body's.
        Assert.All(TestAnalysis.Paragraphs(Body, "Thank you.", "Police agreed", Body), p => Assert.Equal("content", p.Rule));
    }

    [Fact]
    public void Classify_DekWithInitialsAndDottedAbbreviations_IsStillOneSentence()
    {
        const string headline = "Police Chiefs Say They Will Follow The State Law";
        var paragraphs = TestAnalysis.Article(headline, headline,
            "At an event on Jan. 15, Police Chief Timothy T. Tyler said the U.S. law is no reason to stop training officers.",
            "CHAMPAIGN", Body);
        Assert.Equal("title.dek", paragraphs[1].Rule);

        // Two sentences under the headline are the lede, not a dek.
        var lede = TestAnalysis.Article(headline, headline, "The chiefs met on Monday. They said the law stands.", "CHAMPAIGN", Body);
        Assert.Equal("content", lede[1].Rule);
    }

    [Theory]
    [InlineData("Council member Jane Roe speaks during a news conference at City Hall on Monday.", "boilerplate.caption")]
    [InlineData("Sheriff Tom Roe listens as county board members debate the jail contract in Rockford on Tuesday.", "boilerplate.caption")]
    [InlineData("Gov. Jane Doe speaks to reporters in Springfield, Ill., Wednesday, Jan. 10, 2024.", "boilerplate.caption")]
    [InlineData("Demonstrators gather outside the immigration office in Exampleville, Saturday, Oct. 4, 2025.", "boilerplate.caption")]
    [InlineData("Mayor Jane Doe appears at a town hall meeting in 2021.", "boilerplate.caption")]
    [InlineData("FILE - Gov. Jane Doe signs a bill at the state capitol.", "boilerplate.caption")]
    [InlineData("In this undated photo provided by the family, a father holds his daughter.", "boilerplate.caption")]
    [InlineData("Pictured: the county jail in Exampleville", "boilerplate.caption")]
    [InlineData("Mayor Jane Doe at a rally last spring. Credit: John Roe/Example Wire", "boilerplate.caption-credit")]
    [InlineData("John Roe/Example Daily News", "boilerplate.caption-credit")]
    [InlineData("(Provided photo)", "boilerplate.caption-credit")]
    [InlineData("Courtesy of the county sheriff's office", "boilerplate.caption-credit")]
    [InlineData("Photo illustration by Jane Roe", "boilerplate.caption-credit")]
    [InlineData("If you value our reporting, please consider making a donation.", "boilerplate.subscribe")]
    [InlineData("Become a member", "boilerplate.subscribe")]
    [InlineData("Our newsroom relies on readers like you.", "boilerplate.subscribe")]
    [InlineData("Get the latest headlines from Example News every morning.", "boilerplate.subscribe")]
    [InlineData("Subscribe to continue reading this story.", "boilerplate.paywall")]
    [InlineData("You have reached your limit of free articles this month.", "boilerplate.paywall")]
    [InlineData("Share via Email", "boilerplate.share-widget")]
    [InlineData("Print this story", "boilerplate.share-widget")]
    [InlineData("Gift this article", "boilerplate.share-widget")]
    [InlineData("This article is republished under a Creative Commons license.", "boilerplate.share-widget")]
    [InlineData("4 min read", "boilerplate.widget")]
    [InlineData("3 of 12", "boilerplate.widget")]
    [InlineData("Next post", "boilerplate.navigation")]
    [InlineData("Previous Article Council delays its vote", "boilerplate.navigation")]
    [InlineData("Back to top", "boilerplate.navigation")]
    [InlineData("RELATED STORY: County board weighs jail contract", "boilerplate.related")]
    [InlineData("More: Sheriff sues over state law", "boilerplate.related")]
    [InlineData("Audio: The full interview with the sheriff", "boilerplate.embed-placeholder")]
    [InlineData("This video is no longer available.", "boilerplate.embed-placeholder")]
    [InlineData("Video unavailable", "boilerplate.embed-placeholder")]
    [InlineData("Please enable JavaScript to view the comments.", "boilerplate.embed-placeholder")]
    [InlineData("A post shared by Example Group (@examplegroup)", "boilerplate.embed-placeholder")]
    [InlineData("Watch the video above.", "boilerplate.livestream")]
    [InlineData("The hearing begins at 10 a.m. Watch it live in the player above.", "boilerplate.livestream")]
    [InlineData("Read the full complaint below:", "boilerplate.livestream")]
    [InlineData("Read the full story at Example Daily.", "boilerplate.livestream")]
    [InlineData("Leer en español", "boilerplate.language-link")]
    [InlineData("Haga clic aquí para leer esta nota en español.", "boilerplate.language-link")]
    [InlineData("This story is also available in Spanish.", "boilerplate.language-link")]
    [InlineData("Paid Advertisement", "boilerplate.ad")]
    [InlineData("Content from our sponsor", "boilerplate.ad")]
    [InlineData("5 thoughts on “Council keeps its rules”", "boilerplate.comment")]
    [InlineData("Comments are closed.", "boilerplate.comment")]
    [InlineData("You must be logged in to post a comment.", "boilerplate.comment")]
    [InlineData("You are commenting using your WordPress.com account. Log Out /  Change )", "boilerplate.comment")]
    [InlineData("Fill in your details below or click an icon to log in:", "boilerplate.comment")]
    [InlineData("Twitter picture", "boilerplate.comment")]
    [InlineData("Notify me of new comments via email.", "boilerplate.comment")]
    [InlineData("facebook twitter google +1 reddit email", "boilerplate.share-widget")]
    [InlineData("IMG_20190412 (2)", "boilerplate.image-file")]
    [InlineData("To set up an interview with the professors, contact the news office.", "boilerplate.contact")]
    [InlineData("Media contact: Jane Doe, 555-0100", "boilerplate.contact")]
    [InlineData("► More:Sheriff's office under scrutiny for release times", "boilerplate.related")]
    [InlineData("Above left, a sign at the march in May. Above right, protesters outside the courthouse.", "boilerplate.caption")]
    [InlineData("(Recording of the governor's comments below)", "boilerplate.player")]
    [InlineData("(Video of the full hearing above.)", "boilerplate.player")]
    [InlineData("Published 9:04 AM CST, Tue, Jan 28, 2025", "boilerplate.timestamp")]
    [InlineData("Published September 8, 2025 at 10:15am", "boilerplate.timestamp")]
    [InlineData("2 hours ago", "boilerplate.timestamp")]
    [InlineData("08/28/2017 03:14 PM", "boilerplate.timestamp")]
    [InlineData("Story by Jane Doe | Example Herald", "boilerplate.byline")]
    [InlineData("Jane Doe, Example Public Radio", "boilerplate.byline")]
    [InlineData("Immigration, ICE, Sanctuary Cities, Exampleville", "boilerplate.tags")]
    [InlineData("Topics", "boilerplate.tags")]
    [InlineData("Thanks for reading!", "boilerplate.editor-note")]
    [InlineData("Loading video...", "boilerplate.player")]
    [InlineData("Press play to listen.", "boilerplate.player")]
    [InlineData("The audio for this story will be available at 9 a.m.", "boilerplate.player")]
    [InlineData("Watch the full interview:", "boilerplate.player")]
    [InlineData("Click to share on Facebook (Opens in new window)", "boilerplate.share-widget")]
    [InlineData("Like this:", "boilerplate.share-widget")]
    [InlineData("This entry was posted in News and tagged police. Bookmark the permalink.", "boilerplate.share-widget")]
    [InlineData("This is a developing story. Check back for updates.", "boilerplate.editor-note")]
    [InlineData("Stay with Example 7 for updates.", "boilerplate.editor-note")]
    [InlineData("Updated at 4:15 p.m. with comment from the sheriff.", "boilerplate.editor-note")]
    [InlineData("Example Wire reporter Jane Roe contributed.", "boilerplate.editor-note")]
    [InlineData("Originally published by Example Daily.", "boilerplate.editor-note")]
    [InlineData("Jane Doe covers immigration for Example Public Radio.", "boilerplate.author-bio")]
    [InlineData("Jane covers the statehouse. Contact her at jane@example.com.", "boilerplate.author-bio")]
    [InlineData("About the author", "boilerplate.author-bio")]
    [InlineData("Example Statehouse News is a nonprofit, nonpartisan news service that distributes coverage to papers statewide.", "boilerplate.disclaimer")]
    [InlineData("The views expressed by contributors are their own.", "boilerplate.disclaimer")]
    [InlineData("Labels: immigration, police", "boilerplate.tags")]
    [InlineData("Promoted Links by Taboola", "boilerplate.ad")]
    [InlineData("3h ago", "boilerplate.timestamp")]
    [InlineData("The wire service receives support from private foundations for its coverage of elections. It is solely responsible for all content.", "boilerplate.disclaimer")]
    [InlineData("Reporting by Jane Doe; Editing by John Roe", "boilerplate.byline")]
    [InlineData("Get breaking news alerts delivered to your phone.", "boilerplate.app-promo")]
    [InlineData("Mayor Jane Doe talks with residents after the hearing at City Hall on Tuesday, March 4, 2025, in Exampleville. (Jane Roe | Example Daily)", "boilerplate.caption")]
    [InlineData("Residents applaud after the vote at City Hall on Tuesday.", "boilerplate.caption")]
    [InlineData("The council chamber before the vote. (Jane Roe | Example Daily)", "boilerplate.caption-credit")]
    [InlineData("(2) comments", "boilerplate.comment")]
    [InlineData("Keep it Clean. Please avoid obscene or vulgar language.", "boilerplate.comment")]
    [InlineData("Discussion about this post", "boilerplate.comment")]
    [InlineData("No comments:", "boilerplate.comment")]
    [InlineData("Source link", "boilerplate.related")]
    [InlineData("Read the original article here.", "boilerplate.livestream")]
    [InlineData("Get more local news by signing up for our free morning email newsletter.", "boilerplate.subscribe")]
    [InlineData("10:51 a.m. Eastern", "boilerplate.timestamp")]
    [InlineData("Tag Archives: courts", "boilerplate.tags")]
    [InlineData("Important Takeaways:", "boilerplate.section-label")]
    [InlineData("Listeners like you power local public radio. Can we count on you today?", "boilerplate.subscribe")]
    [InlineData("Donate ➔", "boilerplate.subscribe")]
    [InlineData("Listen and subscribe to the show today!", "boilerplate.subscribe")]
    [InlineData("This episode was reported and produced by Jane Doe.", "boilerplate.editor-note")]
    [InlineData("Transcripts are machine-generated and may contain errors.", "boilerplate.editor-note")]
    [InlineData("This browser does not support the video element.", "boilerplate.editor-note")]
    [InlineData("• Print.", "boilerplate.share-widget")]
    [InlineData("This item is available in full to subscribers.", "boilerplate.paywall")]
    [InlineData("Find out what's happening in Exampleville for free with the latest updates from Example News.", "boilerplate.subscribe")]
    [InlineData("Want to stay up to date with your alderman?", "boilerplate.subscribe")]
    [InlineData("County board backs new jail contract | Local News |", "boilerplate.related")]
    [InlineData("Gov. Doe announces new shelter funding for the region | WXYZ (", "boilerplate.related")]
    [InlineData("Authored by Jane Doe via Example Times (emphasis ours),", "boilerplate.byline")]
    [InlineData("~Truth Matters Here!", "boilerplate.tagline")]
    [InlineData("— Jane Roe (@janeroe) March 5, 2025", "boilerplate.embed-attribution")]
    [InlineData("— example group (@examplegroup) March 5, 2025", "boilerplate.embed-attribution")]
    [InlineData("Jane Roe addresses a crowd gathered outside Exampleville Village Hall on Nov. 3 for a vigil", "boilerplate.caption")]
    [InlineData("Council members Jane Roe and John Doe look on during Monday night’s board meeting in Exampleville.", "boilerplate.caption")]
    [InlineData("Video of the senator’s remarks in committee is available here.", "boilerplate.player")]
    [InlineData("622total visits,1visits today", "boilerplate.widget")]
    [InlineData("1,204 views", "boilerplate.widget")]
    [InlineData("Views: 356", "boilerplate.widget")]
    [InlineData("0 have signed. Let’s get to 2,500!", "boilerplate.widget")]
    [InlineData("1,312 people have signed this petition", "boilerplate.widget")]
    [InlineData("Let's get to 5,000!", "boilerplate.widget")]
    [InlineData("Adapted from the Example Legal Aid webpage, Example University, January 2020.", "boilerplate.editor-note")]
    [InlineData("Excerpted with permission from the county's annual report.", "boilerplate.editor-note")]
    public void Classify_GeneralPageBoilerplate_FiresItsRule(string line, string rule)
    {
        Assert.Equal(rule, RuleOf(line));
    }

    [Theory]
    [InlineData("“Jane Doe speaks for all of us,” the mayor said on Monday.")]
    [InlineData("Jane Doe speaks Spanish and English and moved to Exampleville in 2004.")]
    [InlineData("Immigrants gather at the church every Sunday to pray for relatives in detention.")]
    [InlineData("The mayor, who speaks at a town hall Thursday, has said little about the raids.")]
    [InlineData("Federal agents arrive in the city on Monday, according to a memo obtained by the newspaper.")]
    [InlineData("Protesters gathered outside the courthouse on Saturday, chanting and holding signs.")]
    [InlineData("The sheriff said residents who want updates can subscribe to the county's text alerts.")]
    [InlineData("The group urged supporters to donate to a legal defense fund for detained parents.")]
    [InlineData("The city will become a member of a national coalition of welcoming cities next year.")]
    [InlineData("It is unclear how much money the county will give.")]
    [InlineData("Residents support local police work with federal agents, the survey found.")]
    [InlineData("The newsletter, published by the sheriffs' association, called the law dangerous.")]
    [InlineData("The video, posted on Monday, shows agents tackling a man outside a store.")]
    [InlineData("Video from a bystander shows agents tackling a man.")]
    [InlineData("The video was not released to the public.")]
    [InlineData("The post has been shared thousands of times since Monday.")]
    [InlineData("The video above shows the arrest, the group said.")]
    [InlineData("Published in 2019, the report found that most detainers lacked a warrant.")]
    [InlineData("March 5, 2020, was the day the council voted to keep the ordinance.")]
    [InlineData("Rep. Jane Doe is a sponsor of the bill.")]
    [InlineData("Earlier-than-expected results showed the measure passing.")]
    [InlineData("Next, the council will take up the budget.")]
    [InlineData("This image of the city as lawless is false, the mayor said.")]
    [InlineData("Above all, the law protects victims who report crimes.")]
    [InlineData("Courtesy of the federal government, the county received $2 million.")]
    [InlineData("Doe, Roe and Smith, along with two other sheriffs, filed the suit.")]
    [InlineData("The sheriff said he would rather watch the hearing live than read about it.")]
    [InlineData("Comments on the proposed rule are due Sept. 30.")]
    [InlineData("Please consider the consequences, the sheriff wrote to the governor.")]
    [InlineData("Support for the bill among police chiefs was strong.")]
    [InlineData("Example Watchdog, which is a nonprofit news organization, first reported the story.")]
    [InlineData("Come back for more, the mayor told the crowd.")]
    [InlineData("The state's program covers legal fees for detained immigrants.")]
    [InlineData("The county contributed $2 million to the fund.")]
    [InlineData("First published in 2018, the report found that detainers lacked warrants.")]
    [InlineData("Watch the video, the sheriff urged residents, and judge for yourself.")]
    [InlineData("Like this law, the ordinance protects victims.")]
    [InlineData("About 200 people attended the rally.")]
    [InlineData("The views expressed by residents at the hearing were mostly critical.")]
    [InlineData("Listen to the story of one family, the pastor urged.")]
    [InlineData("Residents received support from several churches for their legal fees.")]
    [InlineData("The sheriff sends alerts to your phone if a raid is reported, the app's makers claim.")]
    [InlineData("Doe said protesters gather outside the jail on Monday.")]
    [InlineData("Advocates say families gather at the church on Sunday.")]
    [InlineData("Officials expect that protesters march through downtown on Saturday.")]
    [InlineData("Every year, supporters rally outside the capitol on May 1.")]
    [InlineData("Be nice to your neighbors, the mayor urged.")]
    [InlineData("Keep it clean, the coach told players before the game.")]
    [InlineData("Rauner said in a statement:")]
    [InlineData("Here is what the law says:")]
    [InlineData("Immigrants like you power the state's economy, the governor told the crowd.")]
    [InlineData("The episode was reported to police by a neighbor.")]
    [InlineData("The mayor speaks at the rally on Monday, the organizers said")]
    [InlineData("Protesters who gather outside the jail every week say the raids continue")]
    [InlineData("Authored by Rep. Jane Doe, the bill passed the House in May.")]
    [InlineData("The senator said video of the remarks is available online.")]
    [InlineData("The vote was 5 | 4 in favor of the ordinance.")]
    [InlineData("Residents want to stay informed about raids, the alderman said.")]
    [InlineData("The sheriff addresses the crowd every Sunday, her aide said.")]
    [InlineData("The board said the report is available in full to the public.")]
    [InlineData("Read the ordinance and you will see it protects no one, the sheriff said.")]
    [InlineData("This event is one of dozens planned across the state this summer.")]
    [InlineData("The law takes effect Monday, Jan. 1, 2018.")]
    [InlineData("This is the first time the county has joined the federal program.")]
    [InlineData("This is the second part of the law that the sheriffs challenged in court.")]
    [InlineData("The sheriff said the jail stopped holding people for ICE on Friday, Sept. 27, 2019.")]
    [InlineData("Watch what happens next, the mayor told the council: the raids will come here too.")]
    [InlineData("For more than a decade, the county has refused to honor ICE detainers, the sheriff said.")]
    [InlineData("The council heard from residents (some of them provided by the coalition) on Monday.")]
    [InlineData("Hi, I am writing to ask the board to vote no on the ordinance.")]
    [InlineData("Dear neighbors, the council will vote on the welcoming ordinance on Tuesday.")]
    [InlineData("The ordinance drew 1,200 views on the city's channel before the vote, the clerk said.")]
    [InlineData("More than 2,000 residents have signed a petition asking the board to keep the ordinance.")]
    [InlineData("Adapted from a 2019 county policy, the ordinance bars officers from asking about immigration status and limits what the jail shares with ICE.")]
    public void Classify_ProseNearTheNewRules_IsContent(string line)
    {
        Assert.Equal("content", RuleOf(line));
    }

    [Fact]
    public void BoilerplateRule_WithUnless_IsVetoedWhenTheUnlessPatternAlsoMatches()
    {
        var set = new BoilerplateRuleSet(new BoilerplateRuleFile([new BoilerplateRuleEntry("boilerplate.caption", "gathers? at", 20, false, "\\bsaid\\b")]));

        Assert.Equal("boilerplate.caption", set.Match("Neighbours gather at the park on Monday.", 7));
        Assert.Null(set.Match("Doe said neighbours gather at the park on Monday.", 9));
    }

    [Fact]
    public void Classify_AltTextAboveACaptionFoundByItsWording_IsAltText()
    {
        var paragraphs = TestAnalysis.Paragraphs(Body, "Council member Jane Roe speaks during a news conference",
            "Council member Jane Roe speaks during a news conference at City Hall on Monday.", Body);

        Assert.Equal(["content", "boilerplate.alt-text", "boilerplate.caption", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_BodyParagraphAboveALoneCredit_StaysContentWhenItReportsSpeech()
    {
        var paragraphs = TestAnalysis.Paragraphs(Body, "The sheriff said the county would keep honoring the state law.", "Example-Times file", Body);

        Assert.Equal(["content", "content", "boilerplate.caption-credit", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_LinesBetweenCommentWidgetsBelowACommentHeading_AreReaderComments()
    {
        var paragraphs = TestAnalysis.Paragraphs(Body, Body, Body, Body,
            "2 comments",
            "Jane Roe says: March 5, 2020 at 3:14 pm",
            "This law is a disgrace and the county should ignore it.",
            "Reply",
            "Deport them all, I say!",
            "Reply");

        Assert.Equal(["boilerplate.reader-comment", "boilerplate.reader-comment"], new[] { paragraphs[6].Rule, paragraphs[8].Rule });
        Assert.All(paragraphs.Take(4), p => Assert.Equal("content", p.Rule));
    }

    [Fact]
    public void Classify_BodyAfterACommentCountNearTheTop_StaysContent()
    {
        var paragraphs = TestAnalysis.Paragraphs("12 comments", "Updated 3:15 p.m.", Body, Body, Body, Body);

        Assert.All(paragraphs.Skip(2), p => Assert.Equal("content", p.Rule));
    }

    [Fact]
    public void Classify_ShortLineInATextWithoutHeadline_IsASubheadAfterTheFirstFullParagraph()
    {
        const string lede = "The county board voted on Tuesday to limit how long the jail may hold people for federal agents, ending a decade-old practice.";
        var paragraphs = TestAnalysis.Paragraphs("Short opening line here", lede, "What the ordinance requires", Body);

        Assert.Equal(["content", "content", "title.subhead", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_ShortLinesUnderALineEndingInAColon_AreListItemsNotSubheads()
    {
        const string headline = "Council Keeps Sanctuary Rules In Place";
        var paragraphs = TestAnalysis.Article(headline, headline, Lede, "The signs say the lot may not be used as a:", "Holding area", "Transfer point", "Command post.”", Body);

        Assert.Equal(["title.headline", "content", "content", "content", "content", "content", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_EmbeddedPostAboveItsAttribution_StaysContent()
    {
        const string headline = "Council Keeps Sanctuary Rules In Place";
        var paragraphs = TestAnalysis.Article(headline, headline, Lede, "Mayor tries to defend the city's sanctuary rules", "— Example Watch (@examplewatch) March 5, 2025", Body);

        Assert.Equal(["title.headline", "content", "content", "boilerplate.embed-attribution", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_ShortCapitalisedPostTextEndingInItsPictureLink_StaysContent()
    {
        // The text of an embedded post, cut short by the page, is someone's words, however headline-like its shape.
        const string headline = "Council Keeps Sanctuary Rules In Place";
        var paragraphs = TestAnalysis.Article(headline, headline, Lede, "Minnesota Gov. Jane Roe, Illinois… pic.twitter.com/6cylkwAmV0", "— Example Watch (@examplewatch) March 5, 2025", Body, "Exampleville Mayor Backs The Council's Sanctuary Rules", Body);

        Assert.Equal(["title.headline", "content", "content", "boilerplate.embed-attribution", "content", "boilerplate.title-case-teaser", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_ShortQuestionAboveTheBody_IsASubheadButAnAsideIsContent()
    {
        const string headline = "Council Keeps Sanctuary Rules In Place";
        var paragraphs = TestAnalysis.Article(headline, headline, Lede, "What does the order mean?", Body, "So what changed?", Body, "What “sanctuary” means?", Body);

        Assert.Equal(["title.headline", "content", "title.subhead", "content", "content", "content", "content", "content"], paragraphs.Select(p => p.Rule));
    }

    [Fact]
    public void Classify_ASentenceOfTheBodyPrintedAgainNearby_IsAPullQuote()
    {
        const string source = "“Both sides were passionate about what they wanted to see come of it. Both sides knew there would be compromises. For us, it was something our police chief could accept,” the mayor said.";
        const string pull = "“Both sides were passionate about what they wanted to see come of it. Both sides knew there would be compromises.";
        var paragraphs = TestAnalysis.Article("Council takes up the ordinance", "Council takes up the ordinance", Body, pull, source);
        Assert.Equal(["title.headline", "content", "boilerplate.pull-quote", "content"], paragraphs.Select(p => p.Rule));

        // A quotation set out with its own attribution line is an epigraph that names its speaker: content.
        var epigraph = TestAnalysis.Article("Council takes up the ordinance", "Council takes up the ordinance", Body, pull, "--Mayor Dana Whitcombe", source);
        Assert.Equal("content", epigraph[2].Rule);

        // A short quotation may recur by chance inside a longer one.
        var shortLine = TestAnalysis.Article("Council takes up the ordinance", "Council takes up the ordinance", Body, "“The vote was close.”", "“The vote was close,” the mayor said.");
        Assert.Equal("content", shortLine[2].Rule);
    }
}
