namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution beyond "X said": bodies speaking as themselves, several speakers in one sentence, titled
/// surnames, first-person authors, more reporting frames, and the precision guards around them. Invented sentences.
/// </summary>
public class SpeakerGeneralisationTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    private static IReadOnlyList<string> Sorted(IReadOnlyList<string> speakers) => [.. speakers.Order(StringComparer.Ordinal)];

    [Fact]
    public void SheriffsOffice_SpeaksAsItself_AndTheSheriffsOfficeRefersBackToIt()
    {
        Assert.Equal(["Harlan County Sheriff's Office"], SpeakersOf("The Harlan County Sheriff's Office said in a statement that it will follow the state law."));
        Assert.Equal(["Harlan County Sheriff's Office"], SpeakersOf(
            "The Harlan County Sheriff's Office filed suit on Monday.",
            "The sheriff's office said the law leaves its deputies in an impossible position."));
    }

    [Fact]
    public void EveryTitlesRole_AndAUniversity_AreDescriptionsThatReferBack()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Cardinal Dana Whitcombe met with priests on Monday about immigration enforcement.",
            "The cardinal said parishes should not let agents in without a warrant."));
        Assert.Equal(["Lee Marsh"], SpeakersOf(
            "Lt. Gov. Lee Marsh toured the shelter on Friday.",
            "The lieutenant governor said the state would keep its promises."));
        Assert.Equal(["Exampleton University"], SpeakersOf(
            "Exampleton University sent a message to students on Friday.",
            "The university said it would not share student records with immigration agents."));

        // Without anyone so titled in the article, the description names nobody.
        Assert.Empty(SpeakersOf("The cardinal said parishes should not let agents in without a warrant."));
    }

    [Fact]
    public void CountiesAndCities_SpeakAsBodies()
    {
        Assert.Equal(["Dane County"], SpeakersOf("Dane County argued in its filing that the grant conditions are unlawful."));
        Assert.Equal(["City of Springfield"], SpeakersOf("The City of Springfield said it would appeal the ruling."));
    }

    [Fact]
    public void TheAcronym_IsTheChapterTheArticleNamed()
    {
        Assert.Equal(["ACLU of Ohio"], SpeakersOf(
            "The ACLU of Ohio sued the county on Friday.",
            "The ACLU argued that holding people on detainers without a warrant is unlawful."));
    }

    [Fact]
    public void AnAdministration_IsABody_NotThePerson()
    {
        Assert.Equal(["Biden administration"], SpeakersOf("The Biden administration said the new rule would take effect in May."));
    }

    [Fact]
    public void ADateAfterOn_IsNotPartOfTheBodysName()
    {
        Assert.Equal(["U.S. Department of Homeland Security"], SpeakersOf(
            "The Department of Homeland Security on Tuesday said the county had released a man it wanted to deport."));
    }

    [Fact]
    public void ListedSubjects_AllSpeak()
    {
        Assert.Equal(["Ann Holt", "Ben Ruiz", "Carl Moss"], Sorted(SpeakersOf("Sheriffs Ann Holt, Ben Ruiz and Carl Moss said the law ties their hands.")));
        Assert.Equal(["Ann Cole", "Bo Diaz", "Cy Ford"], Sorted(SpeakersOf(
            "Mayor Ann Cole of Elgin, Mayor Bo Diaz of Aurora and Mayor Cy Ford of Joliet said they would keep their policies.")));
    }

    [Fact]
    public void ANameBeforeAnIntroductoryComma_IsNotListedWithTheSubject()
    {
        Assert.Equal(["Lee Grant"], SpeakersOf("In a letter to Mayor Dana Fox, Sheriff Lee Grant said the jail is full."));
    }

    [Fact]
    public void TitledSurname_IsTheSurname_UnlessTheArticleNamesThePerson()
    {
        // The guidelines drop titles from names: "Rep. Okafor" is credited as "Okafor".
        Assert.Equal(["Okafor"], SpeakersOf("Rep. Okafor said the bill goes too far."));
        Assert.Equal(["Cupich"], SpeakersOf("Cardinal Cupich today told priests in the archdiocese not to let agents in without a warrant."));
        Assert.Equal(["Grace Okafor"], SpeakersOf(
            "State Rep. Grace Okafor filed a bill to repeal the ordinance.",
            "Rep. Okafor said the ordinance goes too far."));
    }

    [Fact]
    public void RelativeClause_CreditsTheBodyItHangsFrom()
    {
        Assert.Equal(["Dayton Police Department"], SpeakersOf(
            "Opposition came quickly, including from the Dayton Police Department, which argued the plan would break state law."));
    }

    [Fact]
    public void PlacesAfterAPreposition_AreNotSubjects()
    {
        Assert.Empty(SpeakersOf("Officials from Elgin and Aurora said they would review the request."));
    }

    [Fact]
    public void NeitherNor_SubjectsDidNotSpeak()
    {
        Assert.Empty(SpeakersOf("Neither the City Council nor the Water Board has declared that the town is a sanctuary."));
    }

    [Fact]
    public void Reporters_AreNotSpeakers()
    {
        Assert.Empty(SpeakersOf("Residents were divided. In a story on Sunday, reporter Jo Lee explained how the jail handles immigration holds."));
    }

    [Fact]
    public void ColonBeforeAQuote_CreditsTheClauseSubject()
    {
        Assert.Equal(["Dana Fox"], SpeakersOf("Mayor Dana Fox had a blunt message for federal agents: “Stay out of our city.”"));
        Assert.Empty(SpeakersOf("In Dayton, the message on the banners was simple: “Stay out.”"));
    }

    [Fact]
    public void ParagraphEndingWithAColon_AnnouncesTheNextQuote()
    {
        var paragraphs = TestAnalysis.Paragraphs("Sheriff Lee Grant had a message for lawmakers:", "“Fix this law before someone gets hurt.”");
        Assert.Equal(["Lee Grant"], paragraphs[^1].Speakers);
    }

    [Fact]
    public void Testified_CountsWithWhatWasSaid_NotAsAnAppearance()
    {
        Assert.Equal(["Dana Fox"], SpeakersOf("Mayor Dana Fox testified before the committee that the ordinance keeps people safe."));
        Assert.Empty(SpeakersOf("Mayor Dana Fox testified before the committee on Tuesday."));
    }

    [Fact]
    public void MoreReportingVerbs_CreditTheSubject()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt defended the jail's policy at a forum on Tuesday."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt called for a repeal of the state law."));
    }

    [Fact]
    public void ADashInsideASentence_IsNoAttribution()
    {
        Assert.Empty(SpeakersOf("The law bars jails from honoring “detainers”—requests issued by the U.S. Immigration and Customs Enforcement agency."));
    }

    [Fact]
    public void FirstPersonBlogPost_IsItsBylineAuthors()
    {
        var paragraphs = TestAnalysis.Article(
            "Why I changed my mind on the jail policy",
            "Why I changed my mind on the jail policy",
            "Posted by Dana Whitfield on March 3, 2019",
            "When the county stopped honoring detainers, I thought it went too far. I was wrong.",
            "Sheriff Omar Diaz said the policy \"has made our work easier.\"",
            "I hope the board leaves it alone.");
        Assert.Equal(["Dana Whitfield"], paragraphs[2].Speakers);
        Assert.Equal(["Omar Diaz"], paragraphs[3].Speakers);
        Assert.Equal(["Dana Whitfield"], paragraphs[4].Speakers);
    }

    [Fact]
    public void ALetterWritersWe_IsTheWritersOnceTheWriterSpeaksAsI()
    {
        var paragraphs = TestAnalysis.Article(
            "Letter: campus police stand with students",
            "Letter: campus police stand with students",
            "By Tom Reyes",
            "As the chief of the campus police, I want to clarify what the new rules mean for our students.",
            "As we stated last year, we believe immigration enforcement rests with federal agents, not campus police.",
            "I hope every student reads this letter.");
        Assert.Equal(["Tom Reyes"], paragraphs[2].Speakers);
        Assert.Equal(["Tom Reyes"], paragraphs[3].Speakers);

        // Without the writer's "I", a "we" credits nobody.
        var news = TestAnalysis.Article(
            "Board debates jail policy",
            "Board debates jail policy",
            "By Sam Ortega",
            "The county board met on Tuesday to debate the jail policy.",
            "We will keep covering the debate as the vote nears.");
        Assert.Empty(news[3].Speakers);
    }

    [Fact]
    public void OneStrayFirstPersonParagraph_CreditsNoAuthor()
    {
        var paragraphs = TestAnalysis.Article(
            "Board debates jail policy",
            "Board debates jail policy",
            "By Sam Ortega",
            "The county board met on Tuesday to debate the jail policy.",
            "I don't think the jail should do federal work, one resident told the board.");
        Assert.Empty(paragraphs[3].Speakers);
    }

    [Fact]
    public void ABodyNamedInLowerCaseAfterItsPlace_SpeaksAsThatBody()
    {
        Assert.Equal(["Dane County Sheriff's Office"], SpeakersOf("The Dane County sheriff's office said it would not comment on the lawsuit."));
        Assert.Equal(["Elgin Police Department"], SpeakersOf("A spokesman for the Elgin police department said officers never ask about status."));
    }

    [Fact]
    public void ListedPlaintiffs_AllSpeakThroughAParticiple()
    {
        Assert.Equal(["Ann Lee", "Bo Park", "Cy Moore"], Sorted(SpeakersOf(
            "Kane County Sheriff Ann Lee, Lake County Sheriff Bo Park and Will County Sheriff Cy Moore filed a lawsuit on Monday, arguing that the state law conflicts with federal law.")));
    }

    [Fact]
    public void APossessiveInsideARun_EndsTheOwnersName()
    {
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf("ICE's Enforcement and Removal Operations said the man had been deported twice."));
    }

    [Fact]
    public void ABodyAfterAPrepositionAndThe_IsNotTheSubject_UnlessItAuthoredTheStatement()
    {
        Assert.Empty(SpeakersOf("The lawsuit against the City of Springfield says the grant conditions are lawful."));
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf("A press release by the Department of Immigration and Customs Enforcement said the operation ended on Friday."));
    }

    [Fact]
    public void OfficialsOrAttorneysOfABody_WithoutAnArticle_SpeakForTheBody()
    {
        Assert.Equal(["Harlan County Sheriff's Office"], SpeakersOf("Officials with the Harlan County Sheriff's Office said they follow the state law."));
        Assert.Equal(["ACLU of Ohio"], SpeakersOf("Attorneys for the ACLU of Ohio argued that the holds were illegal."));
    }

    [Fact]
    public void TheOwnerOfAStatement_Speaks()
    {
        Assert.Equal(["Omar Haddad"], SpeakersOf("Gov. Omar Haddad filed an appeal.", "Haddad’s statement said the state would defend the law."));
    }

    [Fact]
    public void AStandaloneQuote_IsTheSpeakerTheNextParagraphNames()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "The county received a request last week from federal agents about a man held on a burglary charge.",
            "“We will not comply with that request.”",
            "That was the message from Sheriff Ann Lee on Monday, who said the jail follows state law.");
        Assert.Equal(["Ann Lee"], paragraphs[1].Speakers);
        Assert.Equal(["Ann Lee"], paragraphs[2].Speakers);
    }

    [Fact]
    public void ABodyNamedWithADay_BeforeARelativeClause_Speaks()
    {
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf("The request came from ICE on Monday, which said it needed the jail's help."));
    }

    [Fact]
    public void ALoneCapitalisedWordThatNamesNobody_IsNoSpeaker()
    {
        Assert.Empty(SpeakersOf("The Constitution says the federal government controls immigration."));
        Assert.Empty(SpeakersOf("Earlier this year, Springfield argued the cost was too high."));
        Assert.Equal(["Hernandez"], SpeakersOf("Ms. Hernandez, a teacher, said her students were afraid."));
    }

    [Fact]
    public void UnderABlogsPostedBy_OneFirstPersonParagraph_IsTheAuthors()
    {
        var paragraphs = TestAnalysis.Article(
            "Sheriffs file suit",
            "Sheriffs file suit",
            "Posted by Dana Whitfield",
            "Four sheriffs filed a federal lawsuit on Monday against the state's immigration law.",
            "I doubt this one gets very far in court.");
        Assert.Empty(paragraphs[2].Speakers);
        Assert.Equal(["Dana Whitfield"], paragraphs[3].Speakers);
    }

    [Fact]
    public void AClauseFinalVerbBeforeADayAndThat_ReportsSpeech()
    {
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf("ICE confirmed Friday that the man had been deported."));
        Assert.Empty(SpeakersOf("ICE confirmed the arrest of a man in Elgin."));
    }

    [Fact]
    public void TwoBodiesJoinedByAnd_BothSpeak()
    {
        Assert.Equal(["City of Springfield", "Dane County"], Sorted(SpeakersOf("Dane County and the City of Springfield argued in the lawsuit that the conditions are unlawful.")));
    }

    [Fact]
    public void AWellKnownFiguresSurname_TakesTheFullName_WhereTheRoleAgrees()
    {
        Assert.Equal(["JB Pritzker"], SpeakersOf("Gov. Pritzker said the state would not help with the raids."));
        Assert.Equal(["Brandon Johnson"], SpeakersOf("Mayor Johnson said the city would keep its ordinance."));
        Assert.Empty(SpeakersOf("Johnson said the shelters were full."));
        Assert.Equal(["Office of the Governor of Illinois"], SpeakersOf("Pritzker's office said the governor would testify in June."));
    }

    [Fact]
    public void AddsBeforeAName_ReportsSpeechWithoutThat()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt met deputies at the jail on Monday.", "Holt adds Springfield's new law leaves her deputies with no good choice."));
        Assert.Empty(SpeakersOf("The council added a provision on detainers before the final vote."));
    }

    [Fact]
    public void QuotedInAnOutletSaying_CreditsTheClausesSubject()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt was quoted in the Chicago Tribune saying the jail would not hold anyone for ICE."));
    }

    [Fact]
    public void APlaceOpeningTheSentence_IsNotTheSubjectOfAParticiple()
    {
        Assert.Empty(SpeakersOf("In Will County, residents protested outside the jail, saying the holds split families."));
    }

    [Fact]
    public void WithANameThenAParticiple_CreditsThatName()
    {
        Assert.Contains("Ann Lee", SpeakersOf("The state pushed back, with Attorney General Ann Lee saying the county must follow the law."));
    }
}
