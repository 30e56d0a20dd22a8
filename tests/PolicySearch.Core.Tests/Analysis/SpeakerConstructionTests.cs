namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution, round 2: transcripts, statements that run over several paragraphs, members of bodies, lists
/// with party tags, long appositives, second predicates, stated beliefs, passives, nicknames of known figures and
/// police ranks. Invented sentences.
/// </summary>
public class SpeakerConstructionTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    private static IReadOnlyList<string> Sorted(IReadOnlyList<string> speakers) => [.. speakers.Order(StringComparer.Ordinal)];

    [Fact]
    public void ATranscriptLabel_CreditsThePersonItNames()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Mayor Ann Holt joined the program on Monday.", "ANN HOLT: We will not help with any of the raids."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Mayor Ann Holt joined the program on Monday.", "HOLT: Well, that is simply not something we do."));
        Assert.Equal(["Donald Trump"], SpeakersOf("PRESIDENT DONALD TRUMP: Unless we do something pretty miraculous, they will go ahead."));
    }

    [Fact]
    public void ATranscriptLabel_ThatNamesNobodyTheArticleKnows_CreditsNobody()
    {
        // The host, named only by a surname the article never expands.
        Assert.Empty(SpeakersOf("Mayor Ann Holt joined the program on Monday.", "PARK: What will the police stop doing?"));
        Assert.Empty(SpeakersOf("UPDATE: The council will vote again next week."));
        Assert.Empty(SpeakersOf("BREAKING NEWS: The council voted 30-20 to end the contract."));
        Assert.Empty(SpeakersOf("Key Takeaways: The council voted 30-20 to end the contract."));
        Assert.Empty(SpeakersOf("McHenry County: The board voted to end the contract."));
    }

    [Fact]
    public void ATitleCaseTranscriptLabel_CreditsThePersonItNames()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Mayor Ann Holt joined the program on Monday.", "Holt: Well, we are not going to facilitate the raids."));
    }

    [Fact]
    public void AStatementAnnouncedWithAColon_GoesOnThroughFirstPersonParagraphs()
    {
        string[] article =
        [
            "The council amended the ordinance on Wednesday. The Riverside Immigrant Alliance issued the following statement after the vote:",
            "Today we celebrate years of community work and the people who shared their stories.",
            "For too long, our neighbours were handed to ICE after a traffic stop. Today we are a step closer.",
        ];
        var paragraphs = TestAnalysis.Paragraphs(article);
        Assert.All(paragraphs, p => Assert.Equal(["Riverside Immigrant Alliance"], p.Speakers));
        Assert.Empty(SpeakersOf([.. article, "The ordinance takes effect in January."]));
    }

    [Fact]
    public void AStatementThatEndsAPreviousSentencesRun_StillFindsItsSpeaker()
    {
        Assert.Equal(["Riverside Immigrant Alliance"], SpeakersOf(
            "Aldermen amended the Welcoming City Ordinance. The Riverside Immigrant Alliance issued a statement after the vote."));
    }

    [Fact]
    public void APersonOfABody_IsRecordedAsThePerson()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Ann Holt of the Midwest Immigrant Justice Center said the point is to leave enforcement to federal agents."));
        Assert.Equal(["Ann Holt"], SpeakersOf(
            "Ann Holt of the Midwest Immigrant Justice Center met with lawmakers.",
            "\"Local police are not immigration agents,\" Holt said."));
    }

    [Fact]
    public void ASecondPredicateAfterAnd_BelongsToTheSentencesSubject()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Ann Holt of the Midwest Immigrant Justice Center helped craft the bill and said the point is to keep enforcement federal."));
        Assert.Empty(SpeakersOf("The council passed the bill on Monday, and critics said it goes too far."));
    }

    [Fact]
    public void ListsWithPartyTags_AllSpeak()
    {
        Assert.Equal(["Ann Holt", "Bo Park", "Cy Moore"], Sorted(SpeakersOf(
            "State Rep. Ann Holt (R-Benton), State Rep. Bo Park (R-Pomona), and State Rep. Cy Moore (D-Elgin) issued a joint statement on Monday.")));
    }

    [Fact]
    public void APluralTitle_OpensAList_AndATimeNamedAfterABodyIsNoSpeaker()
    {
        Assert.Equal(["Ann Holt", "Bo Park", "Cy Moore"], Sorted(SpeakersOf(
            "State Representatives Ann Holt (R-Benton), Bo Park (R-Pomona), and Cy Moore (R-Elgin) held a news conference during Committee Deadline Week to denounce the law.")));
    }

    [Fact]
    public void ALongAppositive_DoesNotHideTheSubject()
    {
        Assert.Equal(["Jo Lee"], SpeakersOf(
            "Ald. Jo Lee, 29th, a former police sergeant who chairs the Police & Fire Committee and signed on as a co-sponsor, says she will now vote against it."));
    }

    [Fact]
    public void ANameSetOffByCommasBeforeTheVerb_Speaks()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("The group's director, Ann Holt, said the law works."));
        Assert.Equal(["Ann Holt"], SpeakersOf("And in Elgin, the new mayor, Ann Holt, says she has given orders to police."));
        Assert.Equal(["Ann Holt", "Jo Lee"], Sorted(SpeakersOf("Mayor Jo Lee and her chief of staff, Ann Holt, have pledged to make Elgin “a safe harbor” for families.")));
    }

    [Fact]
    public void PledgesAndThreats_ReportSpeechBeforeAQuote()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt threatened to bring “consequences” to the county board."));
        Assert.Empty(SpeakersOf("Sheriff Ann Holt threatened to close the jail's intake unit."));
    }

    [Fact]
    public void LessCommonReportingVerbs_CreditTheirSubject()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt opined that the law ties the hands of her deputies."));
        Assert.Equal(["Jo Lee"], SpeakersOf("Mayor Jo Lee retorted that the city would not bend to the administration."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt met the board on Monday.", "“We will not comply,” Holt fumed."));
        Assert.Equal(["Jo Lee"], SpeakersOf("Mayor Jo Lee protested that the city had done nothing wrong."));

        // A clause-final cue with its ordinary meaning reports no speech.
        Assert.Empty(SpeakersOf("Mayor Jo Lee protested the raids outside the jail on Monday."));
    }

    [Fact]
    public void PresentTenseReleaseVerbs_CreditTheirSubject()
    {
        // Press releases and blogs write in the present: the same verbs the past tense has.
        Assert.Equal(["Ann Holt"], SpeakersOf("(SPRINGFIELD) – Governor Ann Holt is applauding both chambers for passing the bill."));
        Assert.Equal(["Jo Lee"], SpeakersOf("Mayor Jo Lee applauds the council for ending the jail contract."));
        Assert.Equal(["Illinois Sheriffs' Association"], SpeakersOf("The Illinois Sheriffs' Association is sounding the alarm about the new policy."));
        Assert.Empty(SpeakersOf("The crowd is applauding outside the jail."));
    }

    [Fact]
    public void APromise_AndNamingTheObjectSomething_CreditTheSubject()
    {
        Assert.Equal(["Jo Lee"], SpeakersOf("Mayor Jo Lee has promised to end the jail contract."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Rep. Ann Holt spoke at the hearing. Holt called the legislation a slippery slope."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt called his rival an extremist."));

        // No object before the article, a request, or a passive: nobody is naming anything.
        Assert.Empty(SpeakersOf("Chief Bo Park called a tow truck."));
        Assert.Empty(SpeakersOf("The law was called a mistake by many."));
    }

    [Fact]
    public void ReleasedLetters_AndAdvocacy_CreditTheSubject()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt and 15 other sheriffs released a letter on Monday endorsing the repeal."));
        Assert.Equal(["Jo Lee"], SpeakersOf("Alderman Jo Lee is advocating for a referendum on the city's sanctuary status."));
        Assert.Empty(SpeakersOf("The Immigrant Advocates for Justice group met on Monday."));
    }

    [Fact]
    public void AWellKnownFiguresName_KeepsTheRegistrysForm_WhateverSpellingCameFirst()
    {
        Assert.Equal(["JB Pritzker"], SpeakersOf(
            "Last year Gov. J.B. Pritzker signed the Way Forward Act.",
            "Democratic Governor JB Pritzker says Illinois is a welcoming state."));
    }

    [Fact]
    public void TestimonyAboutATopic_IsSpeechInTheMainClause_NotInPassing()
    {
        Assert.Equal(["Jo Lee"], SpeakersOf("Mayor Jo Lee testified in front of a congressional committee on Wednesday, March 5, about the city's policy."));
        Assert.Empty(SpeakersOf("One month after Mayor Jo Lee testified before a congressional committee about the policy, the governor was asked to appear."));
        Assert.Equal(["Jo Lee"], SpeakersOf("Mayor Jo Lee joined three other mayors on Wednesday to defend the city's ordinance."));
    }

    [Fact]
    public void ADoubleSurname_IsThePersonTheArticleNamedInFull()
    {
        Assert.Equal(["Diana Schwartz Francisco"], SpeakersOf(
            "Graduate student Diana Schwartz Francisco spoke at the rally on Monday.",
            "Schwartz Francisco called on the university to restate its support."));
    }

    [Fact]
    public void StatedBeliefs_AndPassives_CreditTheNamedPerson()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt believes the county would be safer if the jail could hold people for ICE."));
        Assert.Equal(["Bo Park"], SpeakersOf("Republican State Rep. Bo Park, who represents the Rockford area, fears the federal government will cut grants."));
        Assert.Equal(["Ann Holt"], SpeakersOf("The amendment is opposed by Mayor Ann Holt."));
        Assert.Empty(SpeakersOf("Many residents believe the law keeps families together."));
    }

    [Fact]
    public void AClauseFinalVerb_BeforeAClauseWithoutThat_ReportsSpeech()
    {
        Assert.Equal(["Ann Holt", "Bo Park"], Sorted(SpeakersOf(
            "Sheriff Ann Holt met deputies on Monday.", "Holt says Chief Bo Park confirms the order has been carried out.")));
        Assert.Empty(SpeakersOf("Chief Bo Park confirmed the order at the hearing."));
    }

    [Fact]
    public void ThePluralRole_WithOneNamedHolderInTheParagraph_CreditsThatHolder()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf(
            "Harlan County Sheriff Ann Holt is among four sheriffs who have filed a lawsuit against the state. The sheriffs say the act conflicts with federal law."));
        Assert.Empty(SpeakersOf("Harlan County Sheriff Ann Holt opened a new jail.", "The sheriffs say the act conflicts with federal law."));
    }

    [Fact]
    public void BothBetweenTheSubjectsAndTheVerb_KeepsBoth()
    {
        Assert.Equal(["Ann Holt", "Bo Park"], Sorted(SpeakersOf("Gov. Ann Holt and Mayor Bo Park both condemned the raids.")));
    }

    [Fact]
    public void AnOfficeOwnedByAPlacedTitle_IsNamedFromTheRoleAndPlace()
    {
        Assert.Equal(["Office of the Sheriff of Harlan County"], SpeakersOf("Harlan County Sheriff Ann Holt's office said it does not honor detainers."));
    }

    [Fact]
    public void TheMessageFrom_NamesTheSpeakerOfTheQuoteBeforeIt()
    {
        Assert.Equal(["Ann Holt"], SpeakersOf("“We will fight this in court.” That was the message from Sheriff Ann Holt on Tuesday."));
    }

    [Fact]
    public void AKnownFiguresNickname_TakesTheRegistrysName()
    {
        Assert.Equal(["Raymond López"], SpeakersOf("Ald. Ray Lopez said the ordinance goes too far."));
    }

    [Fact]
    public void APoliceRank_IsATitle()
    {
        Assert.Equal(["Chris Moss"], SpeakersOf("Lake County Sheriff's Office Detective Chris Moss said the county will keep cooperating with federal authorities."));
    }
}
