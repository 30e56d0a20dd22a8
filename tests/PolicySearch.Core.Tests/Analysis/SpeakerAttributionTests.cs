using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Tests.Analysis;

public class SpeakerAttributionTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void QuoteThenVerb_CreditsTheTitledNameWithoutTitle()
    {
        Assert.Equal(["Maria Lopez"], SpeakersOf("“This law keeps families together,” Mayor Maria Lopez said on Monday."));
    }

    [Fact]
    public void VerbThenQuote_CreditsTheSubject()
    {
        Assert.Equal(["Tom Baker"], SpeakersOf("State Sen. Tom Baker told reporters, “This is a mistake.”"));
    }

    [Fact]
    public void PullQuoteWithADash_CreditsTheNameAfterTheDash()
    {
        Assert.Equal(["Maria Lopez"], SpeakersOf("“We will not back down.” — Mayor Maria Lopez"));
    }

    [Fact]
    public void NameAndColonBeforeAQuote_CreditsTheName()
    {
        Assert.Equal(["Maria Lopez"], SpeakersOf("Mayor Maria Lopez: “We will not back down.”"));
        Assert.Empty(SpeakersOf("Residents had one message for ICE: “Leave our neighborhood.”"));
    }

    [Fact]
    public void InvertedVerb_CreditsTheNameAfterIt()
    {
        Assert.Equal(["Ann Reyes"], SpeakersOf("“We will keep working with the sheriff,” said county board chair Ann Reyes."));
    }

    [Fact]
    public void Appositive_BetweenNameAndVerb_IsSkipped()
    {
        Assert.Equal(["Paula Stone"], SpeakersOf(
            "“It is a dangerous policy,” Paula Stone, director of research for the Center for Border Studies (CBS), told the Herald in an email."));
    }

    [Fact]
    public void AccordingTo_CreditsThePersonButNotAnOutlet()
    {
        Assert.Equal(["Leo Grant"], SpeakersOf("The jail released 40 people last year, according to Sheriff Leo Grant."));
        Assert.Empty(SpeakersOf("The jail released 40 people last year, according to the Daily Herald."));
    }

    [Fact]
    public void ToldOutlet_TheOutletIsNeverASpeaker()
    {
        Assert.Equal(["Nina Park"], SpeakersOf("Nina Park told Fox News that the ordinance is working."));
        Assert.Empty(SpeakersOf("The Chicago Tribune reported that the vote was close."));
    }

    [Fact]
    public void CoordinatedSubjects_BothSpeak()
    {
        Assert.Equal(["Bo Park", "Ann Lee"], SpeakersOf("Sen. Ann Lee and Rep. Bo Park said in a joint statement that the bill is a mistake."));
    }

    [Fact]
    public void InAStatement_CreditsTheSubject()
    {
        Assert.Equal(["Omar Haddad"], SpeakersOf("In a statement, Gov. Omar Haddad said the bill protects residents."));
    }

    [Fact]
    public void WroteInAPost_CreditsTheAuthor()
    {
        Assert.Equal(["Dana White"], SpeakersOf("Council member Dana White wrote in a post on X that the city will not budge."));
    }

    [Fact]
    public void Pronoun_ResolvesToThePersonWhoSpokeBefore()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“The policy is working,” Rep. Carla Diaz said.",
            "“We will defend it in court,” she added.");

        Assert.Equal(["Carla Diaz"], paragraphs[1].Speakers);
    }

    [Fact]
    public void Pronoun_SkipsAPersonOfTheOtherKnownGender()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“It is reckless,” Rep. Carla Diaz said. “She is right,” Mr. Ben Ortiz said.",
            "“We need a new approach,” she said.");

        Assert.Equal(["Carla Diaz"], paragraphs[1].Speakers);
    }

    [Fact]
    public void Pronoun_FarFromAnyNamedPerson_CreditsNobody()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“We will appeal,” Sen. Mark Hill said.",
            "The bill passed in May.",
            "It takes effect in January.",
            "Counties must train their deputies.",
            "Jails must post the rules.",
            "“It is a good day,” he said.");

        Assert.Empty(paragraphs[^1].Speakers);
    }

    [Fact]
    public void Pronoun_UsesTheFirstNameAsAGenderHint()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“It is reckless,” Sen. Mary Stone said.",
            "“It is working,” Rep. John Park said.",
            "“We will keep fighting,” she said.");

        Assert.Equal(["Mary Stone"], paragraphs[2].Speakers);
    }

    [Fact]
    public void Pronoun_PointingToAnUnnamedPerson_CreditsNobody()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“We will appeal,” Sen. Mark Hill said.",
            "One young woman shared her family’s story. She argued that the protections save lives.");

        Assert.Empty(paragraphs[1].Speakers);
    }

    [Fact]
    public void Description_ResolvesToThePersonWithThatRole()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Illinois Gov. Omar Haddad signed the bill on Monday.",
            "The measure took months, the governor said.");

        Assert.Equal(["Omar Haddad"], paragraphs[1].Speakers);
    }

    [Fact]
    public void UnnamedOfficial_MapsToTheBodyAndTheOfficialContinues()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "A Justice Department official criticized the new law, telling reporters it makes the country less safe.",
            "“Cities that refuse to help put everyone at risk,” the official continued.");

        Assert.Equal(["U.S. Department of Justice"], paragraphs[0].Speakers);
        Assert.Equal(["U.S. Department of Justice"], paragraphs[1].Speakers);
    }

    [Fact]
    public void UnnamedOfficial_NamedInTheNextParagraphAsTheBodysSpokesperson_IsThatPerson()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Asked for comment on Monday, a Justice Department official was critical.",
            "“Our nation is less safe,” DOJ spokesman Ed Marsh told reporters.");

        Assert.Equal(["Ed Marsh"], paragraphs[0].Speakers);
        Assert.Equal(["Ed Marsh"], paragraphs[1].Speakers);
    }

    [Fact]
    public void NameInAppositiveAfterAnOffice_IsTheSpeaker()
    {
        Assert.Equal(["Jo Abel"], SpeakersOf("Gov. Omar Haddad signed it. Haddad’s spokeswoman, Jo Abel, said the governor would not back down."));
    }

    [Fact]
    public void TitledNameFollowedByADay_EndsBeforeTheDay()
    {
        var paragraphs = TestAnalysis.Paragraphs("Gov. JB Pritzker on Tuesday defended the law.", "“We will not be bullied,” Mr. Pritzker said.");

        Assert.Equal(["JB Pritzker"], paragraphs[1].Speakers);
    }

    [Fact]
    public void SurnameOfAnUntitledPersonElsewhere_IsNotBorrowedAcrossArticles()
    {
        var articles = TestAnalysis.Corpus(
            new Article("a", "Outlet A", null, null, null, "“Thank you,” said Maria Hernandez, a volunteer."),
            new Article("b", "Outlet B", null, null, null, "Ms. Hernandez, a teacher, said her students were afraid."));

        Assert.Equal(["Hernandez"], articles[1].Paragraphs[0].Speakers);
    }

    [Fact]
    public void PluralOfficialsOfANamedBody_MapToTheBody()
    {
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf("ICE officials said the arrests targeted people with criminal records."));
        Assert.Empty(SpeakersOf("Officials said the state could lose millions."));
        Assert.Empty(SpeakersOf("Senate leaders said the bill would pass."));
    }

    [Fact]
    public void SpokespersonForANamedBody_MapsToTheBody()
    {
        Assert.Equal(["Dayton County Sheriff's Office"], SpeakersOf("A spokesperson for the Dayton County Sheriff's Office said deputies did not assist."));
    }

    [Fact]
    public void AcronymOfAWellKnownBody_MeansTheChapterNamedInTheArticle()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "The American Civil Liberties Union of Ohio condemned the raids.",
            "“This is an attack on our communities,” the ACLU said in a statement.");

        Assert.Equal(["American Civil Liberties Union of Ohio"], paragraphs[1].Speakers);
    }

    [Fact]
    public void QuoteAttributedAtTheEndOfTheNextParagraph_BelongsToThatSpeaker()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Ald. Rosa Diaz said the city must do more.",
            "“We cannot let fear win. We have to organize.",
            "“That is how this city has always survived,” she said.");

        Assert.Equal(["Rosa Diaz"], paragraphs[1].Speakers);
        Assert.Equal(["Rosa Diaz"], paragraphs[2].Speakers);
    }

    [Fact]
    public void SpokespersonOfAGovernor_MapsToTheGovernorsOffice()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Ohio Gov. Omar Haddad signed the bill on Monday.",
            "Haddad’s spokesperson told reporters that the law does not create a sanctuary state.",
            "The governor’s office said the law will make the state safer.");

        Assert.Equal(["Office of the Governor of Ohio"], paragraphs[1].Speakers);
        Assert.Equal(["Office of the Governor of Ohio"], paragraphs[2].Speakers);
    }

    [Fact]
    public void OfficeOfAHolderWhosePlaceIsKnownElsewhere_IsNamedFromTheCorpus()
    {
        var articles = TestAnalysis.Corpus(
            new Article("a", "Outlet A", null, null, null, "Dayton Mayor Ann Reyes said the city will not change course."),
            new Article("b", "Outlet B", null, null, null, "Mayor Ann Reyes signed the order.\n\nReyes’s office said the order stands."));

        Assert.Equal(["Office of the Mayor of Dayton"], articles[1].Paragraphs[1].Speakers);
    }

    [Fact]
    public void OfficeOfAHolderWithoutKnownPlace_IsNamedAfterThePerson()
    {
        var paragraphs = TestAnalysis.Paragraphs("Mayor Ann Reyes signed the order.", "Reyes’s office said the order stands.");

        Assert.Equal(["Office of Ann Reyes"], paragraphs[1].Speakers);
    }

    [Fact]
    public void CalledIt_IsSpeech()
    {
        Assert.Equal(["Amy Grant"], SpeakersOf("State Rep. Amy Grant, a Republican from Wheaton, called it “a dangerous abdication.”"));
    }

    [Fact]
    public void NamedBody_WithDefinedAcronym_IsOneSpeaker()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“It is a bad bill,” the Coalition for Safer Streets (CSS) told reporters.",
            "CSS said it would sue.");

        Assert.Equal(["Coalition for Safer Streets"], paragraphs[0].Speakers);
        Assert.Equal(["Coalition for Safer Streets"], paragraphs[1].Speakers);
    }

    [Fact]
    public void IndefiniteBody_TakesTheNameGivenInTheNextParagraph()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "A police department in Ohio has vowed to not cooperate with federal agents.",
            "In a statement, the Dayton Police Department said it would follow state law.");

        Assert.Equal(["Dayton Police Department"], paragraphs[0].Speakers);
    }

    [Fact]
    public void MentionedButNotSpeaking_IsNotASpeaker()
    {
        Assert.Empty(SpeakersOf("Gov. Omar Haddad signed the bill after Mayor Maria Lopez filed a lawsuit."));
    }

    [Fact]
    public void StatedPosition_CreditsTheBodyADescriptionPointsTo()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "The proposal would have let the Dayton Police Department work with federal agents.",
            "But the police department was against it, partly because the categories were unclear.");

        Assert.Equal(["Dayton Police Department"], paragraphs[1].Speakers);
    }

    [Fact]
    public void CalledFollowedByAQuote_IsSpeech()
    {
        Assert.Equal(["Dan Bliss"], SpeakersOf("Mayor Dan Bliss called the vote “a statement of our values.”"));
    }

    [Theory]
    [InlineData("Mayor Dan Bliss called police after the meeting.")]
    [InlineData("Rep. Ann Lee added a provision to the bill in committee.")]
    [InlineData("Sen. Mark Hill continued to work on the measure.")]
    [InlineData("Sheriff Leo Grant posted bail for nobody.")]
    public void VerbWithAnOrdinaryMeaning_IsNotSpeech(string paragraph)
    {
        Assert.Empty(SpeakersOf(paragraph));
    }

    [Fact]
    public void GenericGroup_IsNotASpeaker()
    {
        Assert.Empty(SpeakersOf("Democrats cheered the new policy, saying it would build trust."));
        Assert.Empty(SpeakersOf("But immigration advocates blasted Haddad for signing the bill, arguing that it hurts families."));
        Assert.Empty(SpeakersOf("Organizers said about 2,000 people marched downtown."));
    }

    [Fact]
    public void QuoteLeftOpen_ContinuesWithTheSameSpeaker()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“This is only the start of the fight,” Sen. Mark Hill said. “We will not stop until the law is gone.",
            "“And the voters agree with us.”");

        Assert.Equal(["Mark Hill"], paragraphs[1].Speakers);
    }

    [Fact]
    public void QuoteLeftOpen_DoesNotSpillIntoAParagraphThatDoesNotReopenIt()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“This is only the start of the fight,” Sen. Mark Hill said. “We will not stop until the law is gone.",
            "The bill passed the House in May.");

        Assert.Empty(paragraphs[1].Speakers);
    }

    [Fact]
    public void BlockQuoteAfterColon_ContinuesWithTheAnnouncedSpeaker()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Gov. Omar Haddad signed the bill. In response to critics, the governor noted:",
            "This state has always welcomed newcomers, and this bill continues that tradition.");

        Assert.Equal(["Omar Haddad"], paragraphs[1].Speakers);
    }

    [Fact]
    public void NameWithAParticle_StaysOneName()
    {
        Assert.Equal(["Kevin de León"], SpeakersOf("“We will not comply,” Kevin de León said."));
        Assert.Equal(["Ursula von der Leyen"], SpeakersOf("“We are watching,” Ursula von der Leyen said."));
    }

    [Fact]
    public void SurnameOfANameWithASuffix_FindsTheFullName()
    {
        var paragraphs = TestAnalysis.Paragraphs("Rep. Tom Reed Jr. filed the bill.", "“It is overdue,” Reed said.");

        Assert.Equal(["Tom Reed Jr."], paragraphs[1].Speakers);
    }

    [Fact]
    public void Nickname_InQuotes_BecomesTheCanonicalFirstName()
    {
        Assert.Equal(["Bob Welch"], SpeakersOf("“We kept our promise,” Democratic Rep. Robert \"Bob\" Welch said in a statement."));
    }

    [Fact]
    public void Surname_IsCanonicalisedToTheFullNameInTheArticle()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“It is a mistake,” Sen. Mark Hill said.",
            "“We will repeal it,” Hill added.");

        Assert.Equal(["Mark Hill"], paragraphs[1].Speakers);
    }

    [Fact]
    public void Surname_IsCanonicalisedAcrossTheCorpusWhenUnique()
    {
        var articles = TestAnalysis.Corpus(
            new Article("a", "Outlet A", null, null, null, "Gov. Omar Haddad signed the bill."),
            new Article("b", "Outlet B", null, null, null, "“It was the right call,” Haddad said."));

        Assert.Equal(["Omar Haddad"], articles[1].Paragraphs[0].Speakers);
    }

    [Fact]
    public void Attribute_PluralRoleAfterTheHoldersAreNamed_CreditsEachHolder()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "The suit was filed for Lake County Sheriff Ann Reyes and Boone County Sheriff Tom Baker.",
            "The sheriffs say the law leaves them exposed to lawsuits.",
            "In their complaint, they maintain that federal law comes first.");

        Assert.Equal(["Ann Reyes", "Tom Baker"], paragraphs[1].Speakers);
        Assert.Equal(["Ann Reyes", "Tom Baker"], paragraphs[2].Speakers);
    }

    [Fact]
    public void Attribute_PluralRoleNamedInTheNextParagraph_CreditsThemForward()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Two Illinois sheriffs are suing the state, claiming the law is unconstitutional.",
            "Lake County Sheriff Ann Reyes and Boone County Sheriff Tom Baker filed the suit on Monday.");

        Assert.Equal(["Ann Reyes", "Tom Baker"], paragraphs[0].Speakers);
    }

    [Fact]
    public void Attribute_BareQuoteAfterACreditedParagraph_ContinuesItsSpeaker()
    {
        Assert.Equal(["Carla Diaz"], SpeakersOf(
            "Mayor Carla Diaz added that the ordinance is an important law.",
            "“Our officers need to focus on keeping people safe.”"));
    }

    [Fact]
    public void Attribute_SpokespersonForAPerson_IsThePersonsOffice()
    {
        var speakers = SpeakersOf("Gov. Carla Diaz of Illinois signed the bill.", "A spokesperson for Diaz said the law stands.");

        Assert.Single(speakers);
        Assert.StartsWith("Office of", speakers[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_TestifiedBeforeACommittee_IsNotSpeech()
    {
        Assert.Empty(SpeakersOf("Mayor Carla Diaz testified before a congressional committee in March."));
    }
}
