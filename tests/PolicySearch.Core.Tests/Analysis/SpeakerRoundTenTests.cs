namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Speaker attribution, round 10: lawsuit filers, bodies announcing, bodies' people, lists. Invented sentences.</summary>
public class SpeakerRoundTenTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void AnAdministrationThatSues_GoesToCourtAsTheDepartmentOfJustice()
    {
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf(
            "In March, the Biden administration sued Ohio and Dayton over their shelter rules, arguing that the rules conflict with federal law."));
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf(
            "The Biden administration filed the lawsuit claiming that the shelter rules were unlawful.",
            "The administration further argued that the rules discriminate against federal officers."));
        // An administration that does not go to court keeps its name.
        Assert.Equal(["Biden administration"], SpeakersOf("The Biden administration argued that the shelter rules were unlawful."));
    }

    [Fact]
    public void ASuitThatAlleges_SpeaksForItsFiler()
    {
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf(
            "The Department of Justice went on offense Monday, filing a suit against the State of Ohio that alleges interference with federal agents."));
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf(
            "The Department of Justice filed a lawsuit Tuesday against Governor Dana Whitcombe for “obstructing” federal agents."));
        // A suit with no claim credits nobody. (One that states its grounds, "filed a lawsuit challenging the rules", is
        // the body's since round 22: every such filing in the development set's gold is its filer's.)
        Assert.Empty(SpeakersOf("The Ohio Farm Bureau filed a lawsuit against the county."));
    }

    [Fact]
    public void TheOneSued_ArguesNothing()
    {
        Assert.Equal(["Metro Tenants Union"], SpeakersOf(
            "Governor Dana Whitcombe looked safe for now, but on Monday the Metro Tenants Union sued Mayor Bo Marlow, arguing that the ordinance is unlawful."));
        Assert.Empty(SpeakersOf(
            "Mayor Bo Marlow looked safe, but then the county sued Governor Dana Whitcombe, arguing that the rule is void."));
    }

    [Fact]
    public void ABodyOpeningTheSentence_AnnouncesInMidClause()
    {
        Assert.Equal(["U.S. Department of Homeland Security"], SpeakersOf(
            "The Department of Homeland Security (DHS) today announced the launch of Operation Lakefront, a campaign targeting Toledo."));
        Assert.Equal(["Ohio Immigrant Alliance"], SpeakersOf("The Ohio Immigrant Alliance celebrates the passage of a new state law."));
        // A body that is not the sentence's subject, or a person, does not; nor a body confirming a fact.
        Assert.Empty(SpeakersOf("Reporters asked about the plan that the Toledo Police Department announced last year in a memo to staff."));
        Assert.Empty(SpeakersOf("DHS Secretary Jo Tate announced the success of the operation so far."));
        Assert.Empty(SpeakersOf("The Toledo Police Department confirmed the arrest of a man in Dayton."));
    }

    [Fact]
    public void AndTheBetweenTwoBodies_SplitsThemEvenAfterAnInnerAnd()
    {
        Assert.Equal(["U.S. Department of Homeland Security", "U.S. Immigration and Customs Enforcement"], SpeakersOf(
            "Immigration and Customs Enforcement and the Department of Homeland Security have announced new operations in the city."));
    }

    [Fact]
    public void ABodysPeopleAndItsStatement_SpeakForIt()
    {
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf(
            "Justice Department lawyers said the state policies “intentionally obstruct” federal agents."));
        Assert.Equal(["City of Dayton"], SpeakersOf(
            "The City of Dayton said Monday that it has confirmed reports of raids.",
            "“Know your rights,” the city’s statement said."));
        Assert.Equal(["U.S. Department of Homeland Security"], SpeakersOf(
            "Agents arrested 300 people as part of a crackdown that officials from the Department of Homeland Security (DHS) describe as targeting criminals."));
    }

    [Fact]
    public void MoreReportingVerbs_CreditTheirSubject()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Governor Dana Whitcombe went on to suggest this is the result of a “culture of lawlessness.”"));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Governor Dana Whitcombe also compared Ohio's defiance to the battles over civil rights."));
        Assert.Equal(["City of Dayton"], SpeakersOf("The City of Dayton issued this statement on Monday in response to questions."));
        Assert.Equal(["Ann Holt"], SpeakersOf("“We are ready,” Ann Holt, an organizer with the Dayton Tenants Union, proclaimed to a room of volunteers."));
    }

    [Fact]
    public void MembersNamedInAnIncludingAppositive_Speak()
    {
        Assert.Equal(["Ohio Civil Liberties Union"], SpeakersOf(
            "Critics, including the Ohio Civil Liberties Union, argue the plan undermines the law."));
    }

    [Fact]
    public void AListBeforeAllOfWhom_Speaks_WithTheOneTheyJoined()
    {
        Assert.Equal(["Bo Marlow", "Ann Holt", "Cy Ford", "Jo Tate"], SpeakersOf(
            "Mayor Bo Marlow was joined by Mayors Ann Holt of Dayton, Cy Ford of Akron and Jo Tate of Canton, all of whom defended their cities' policies."));
    }

    [Fact]
    public void ASecondPredicateAfterACommaAndAuxiliary_IsTheSubjects()
    {
        Assert.Equal(["Bo Park"], SpeakersOf(
            "Governor Bo Park called off the raids last weekend, and demanded that lawmakers settle the problem."));
        Assert.Equal(["Ann Holt"], SpeakersOf(
            "Mayor Ann Holt has promised to keep Dayton a welcoming city, and has said that she will defend immigrants."));
        // A new clause with its own subject after ", and" is not the first subject's.
        Assert.Equal(["Cy Ford"], SpeakersOf("Mayor Ann Holt signed the order, and Cy Ford said it was overdue."));
    }

    [Fact]
    public void AJointStatementsSigners_AllSpeak()
    {
        Assert.Equal(["Ohio Immigrant Alliance", "Dayton Legal Aid Society", "Toledo Justice Center"], SpeakersOf(
            "“This bill protects families,” said a joint statement from the Ohio Immigrant Alliance, the Dayton Legal Aid Society, and the Toledo Justice Center."));
    }

    [Fact]
    public void TheCapitalisedGovernorsOffice_IsTheGovernorsOffice()
    {
        Assert.Equal(["Office of Bo Park"], SpeakersOf(
            "Governor Bo Park signed the bill on Friday.",
            "“The bill bars any contract with a private jail,” according to a news release put out by the Governor’s Office."));
    }

    [Fact]
    public void ADatelinesPlace_IsNotTheSubject()
    {
        Assert.Equal(["Ohio Immigrant Alliance"], SpeakersOf("DAYTON — The Ohio Immigrant Alliance (OIA) celebrates today’s enactment of a new state law."));
        Assert.Equal(["New Dayton Police Department"], SpeakersOf(
            "New Dayton – The New Dayton Police Department said it will not take part in the raids."));
    }

    [Fact]
    public void ADocumentsParticiple_IsNotItsVotersSpeech()
    {
        Assert.Empty(SpeakersOf(
            "DAYTON — In a symbolic stand, the Miami County Board voted 8-3 to approve a resolution declaring the county a “non-sanctuary county” Monday night."));
        Assert.Equal(["Miami County Board"], SpeakersOf(
            "The Miami County Board voted 8-3 on Monday, declaring the county a “non-sanctuary county.”"));
    }

    [Fact]
    public void CallingBeforeAQuote_PurposiveToSayAndCommittedTo_CreditTheSubject()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Governor Dana Whitcombe wasted no time pushing back, calling Marlow’s proposals “illegal.”"));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Governor Dana Whitcombe appeared at the statehouse on Wednesday to say states cannot defy the federal government."));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Governor Dana Whitcombe traveled to Toledo to tout the new lawsuit in a speech to police officers."));
        Assert.Equal(["Bo Marlow"], SpeakersOf("Mayor Bo Marlow committed to protecting hardworking immigrants."));
        // Declining to say reports no words.
        Assert.Empty(SpeakersOf("Governor Dana Whitcombe declined to say whether the state would appeal."));
        Assert.Empty(SpeakersOf("Governor Dana Whitcombe had nothing to say about the appeal."));
    }

    [Fact]
    public void ABodysAccountOrStatement_WithoutAPossessive_SpeaksForIt()
    {
        Assert.Equal(["New Dayton Police Department"], SpeakersOf(
            "“This still holds true today,” the New Dayton Police Department account stated."));
    }

    [Fact]
    public void CalledBeforeAQuoteSixWordsOn_IsSpeech()
    {
        Assert.Equal(["Ohio Civil Liberties Union"], SpeakersOf("The Ohio Civil Liberties Union called the defeat a rejection of \"fear.\""));
    }

    [Fact]
    public void ASuitFiledByABody_SpeaksForIt()
    {
        Assert.Equal(["Ohio Civil Liberties Union"], SpeakersOf(
            "The lawsuit, filed by the Ohio Civil Liberties Union, argues that the ordinance violates the state constitution."));
        Assert.Equal(["Ohio Civil Liberties Union"], SpeakersOf(
            "A lawsuit filed Tuesday by the Ohio Civil Liberties Union claims the ordinance is unlawful."));
        // A filing with no claim of its own credits nobody; a plain "by" is still a preposition.
        Assert.Empty(SpeakersOf("The lawsuit was filed by the Ohio Civil Liberties Union on Tuesday."));
        Assert.Empty(SpeakersOf("A report commissioned by the Ohio Civil Liberties Union claims arrests rose."));
    }

    [Fact]
    public void APlaceWithALowerCaseQualifier_IsStillAPrepositionsObject()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(
            "Governor Dana Whitcombe on Wednesday appeared in downtown Dayton to say states cannot defy the federal government."));
    }

    [Fact]
    public void CityOfficials_SpeakForTheCityTheArticleNamed()
    {
        Assert.Equal(["City of Dayton"], SpeakersOf(
            "The City of Dayton said Monday that it has confirmed reports of raids.",
            "City officials said officers will not take part in immigration enforcement."));
        // No city named: nobody.
        Assert.Empty(SpeakersOf("City officials said officers will not take part in immigration enforcement."));
    }

    [Fact]
    public void CommonReportingPhrases_CreditTheirSubject()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Governor Dana Whitcombe made the comments at a news conference in Toledo."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt sounded the alarm about the new rules on Monday."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt took to social media to blast the new rules."));
        Assert.Equal(["Ann Holt"], SpeakersOf("In an interview with the Dayton Daily, Sheriff Ann Holt expressed frustration with the law."));
        Assert.Equal(["Ann Holt"], SpeakersOf("Sheriff Ann Holt pointed the finger at state lawmakers."));
    }
}
