using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// The stance rules on invented sentences, decided by the rules alone: the stance model, which weighs the rules'
/// stance against its reading of the words, is tested in <see cref="StanceModelTests"/> and measured on real articles.
/// </summary>
public class StanceTests
{
    private static AnalyzedParagraph Only(string paragraph) => TestAnalysis.ParagraphsByRules(paragraph)[0];

    [Fact]
    public void SupportsCue_GivesSupportsWithEvidence()
    {
        var paragraph = Only("The ordinance keeps the city welcoming and lets immigrants report crimes without fear.");

        Assert.Equal(Stance.Supports, paragraph.Stance);
        Assert.Contains("cue:+welcoming", paragraph.StanceEvidence);
    }

    [Fact]
    public void OpposesCue_GivesOpposes()
    {
        var paragraph = Only("Critics said the law shields criminal aliens and puts public safety at risk.");

        Assert.Equal(Stance.Opposes, paragraph.Stance);
        Assert.Contains("cue:-criminal aliens", paragraph.StanceEvidence);
    }

    [Theory]
    [InlineData("Advocates say the policy encourages victims and witnesses to come forward without fear of deportation.", Stance.Supports)]
    [InlineData("“Our officers are not immigration agents,” the chief said.", Stance.Supports)]
    [InlineData("Critics say sanctuary policies let dangerous criminals walk free.", Stance.Opposes)]
    [InlineData("The sheriff said the law ties his hands when federal agents ask him to hold someone.", Stance.Opposes)]
    [InlineData("“Our police will not be an arm of federal immigration enforcement,” the mayor said.", Stance.Supports)]
    [InlineData("Another criminal released by the county went on to hurt someone.", Stance.Opposes)]
    [InlineData("The administration has threatened to cut funding to jurisdictions that limit cooperation.", Stance.Neutral)]
    public void TypicalDebateParagraph_GetsItsSide(string paragraph, Stance expected)
    {
        Assert.Equal(expected, Only(paragraph).Stance);
    }

    [Fact]
    public void FactualParagraph_IsNeutral()
    {
        Assert.Equal(Stance.Neutral, Only("The bill passed the Senate 35-18 in May and takes effect in January.").Stance);
    }

    [Fact]
    public void Negation_FlipsTheCue()
    {
        var paragraph = Only("The sheriff said the ordinance is not dangerous for anyone.");

        Assert.Equal(Stance.Supports, paragraph.Stance);
        Assert.Contains("cue:+dangerous(negated)", paragraph.StanceEvidence);
    }

    [Fact]
    public void ReportedCriticism_OfTheSigning_Opposes()
    {
        Assert.Equal(Stance.Opposes, Only("But enforcement advocates blasted the governor for signing the bill.").Stance);
    }

    [Fact]
    public void ReportedPraise_OfTheSigning_Supports()
    {
        Assert.Equal(Stance.Supports, Only("Immigrant advocates lauded the governor for signing the bill.").Stance);
    }

    [Fact]
    public void CriticismAimedAtFederalEnforcement_Supports()
    {
        var paragraph = Only("The civil liberties group condemned the raids on Sunday.");

        Assert.Equal(Stance.Supports, paragraph.Stance);
        Assert.Contains("cue:+condemned(at enforcement)", paragraph.StanceEvidence);
    }

    [Fact]
    public void PraiseAimedAtFederalEnforcement_Opposes()
    {
        Assert.Equal(Stance.Opposes, Only("Sheriffs in rural counties praised the crackdown as overdue.").Stance);
    }

    [Fact]
    public void LawName_IsNotACue()
    {
        // "Trust" in "the Trust Act" and "Welcoming" in an ordinance's name are names, not views.
        Assert.Equal(Stance.Neutral, Only("The Trust Act and the Welcoming City Ordinance were both amended in 2021.").Stance);
    }

    [Fact]
    public void LabelWrittenInLowerCase_IsIgnored()
    {
        var paragraph = Only("The council voted on exceptions to the city's welcoming city ordinance on Wednesday.");

        Assert.Equal(Stance.Neutral, paragraph.Stance);
        Assert.Empty(paragraph.StanceEvidence);
    }

    [Fact]
    public void SpeakersEstablishedStance_DecidesTheirWeakQuote()
    {
        var paragraphs = TestAnalysis.ParagraphsByRules(
            "“The law shields criminal aliens and puts everyone at risk,” Sen. Mark Hill said.",
            "“We will bring the bill back next session,” Hill added.");

        Assert.Equal(Stance.Opposes, paragraphs[1].Stance);
        Assert.Contains(paragraphs[1].StanceEvidence, e => e.StartsWith("speaker-prior:Mark Hill", StringComparison.Ordinal));
    }

    [Fact]
    public void SpeakersEstablishedStance_DoesNotCarryToAnOffTopicQuote()
    {
        var paragraphs = TestAnalysis.ParagraphsByRules(
            "“The law shields criminal aliens and puts everyone at risk,” Sen. Mark Hill said.",
            "“The economy is doing fine,” Hill added.");

        Assert.Equal(Stance.Neutral, paragraphs[1].Stance);
    }

    [Fact]
    public void FactSourcedAccordingToASpeaker_DoesNotTakeTheirStance()
    {
        var paragraphs = TestAnalysis.ParagraphsByRules(
            "“Sanctuary rules shield criminals and put everyone at risk,” ICE said in a statement.",
            "Agents detained six people under the detainer program on Sunday, according to ICE.");

        Assert.Equal(Stance.Neutral, paragraphs[1].Stance);
    }

    [Theory]
    [InlineData("The agency said its officers have detained more than 2,400 people in the county since the sanctuary law passed.")]
    [InlineData("“We arrested 640 people in the operation, 410 of them with convictions,” Hill said of the ICE sweep.")]
    public void FiguresStatedByASpeaker_DoNotTakeTheirStance(string figures)
    {
        var paragraphs = TestAnalysis.ParagraphsByRules(
            "“The law shields criminal aliens and puts everyone at risk,” Sen. Mark Hill said.",
            figures.Replace("The agency", "Hill", StringComparison.Ordinal));

        Assert.Equal(Stance.Neutral, paragraphs[1].Stance);
    }

    [Theory]
    [InlineData("“We will file HB 4187 on the law next session,” Hill added.")]
    [InlineData("“Since 2017 the sanctuary law has done its damage,” Hill added.")]
    public void BillNumbersAndYears_AreNoFigures(string paragraph)
    {
        var paragraphs = TestAnalysis.ParagraphsByRules("“The law shields criminal aliens and puts everyone at risk,” Sen. Mark Hill said.", paragraph);

        Assert.Equal(Stance.Opposes, paragraphs[1].Stance);
    }

    [Fact]
    public void NoFear_IsNotANegationOfTheFearArgument()
    {
        Assert.Equal(Stance.Supports, Only("Advocates said immigrants will report crimes with no fear of deportation.").Stance);
    }

    [Fact]
    public void ProtectionsAsANoun_IsNotTheVerbProtect()
    {
        Assert.Equal(Stance.Opposes, Only("The alderman said he will keep trying to change some protections for undocumented migrants.").Stance);
    }

    [Theory]
    [InlineData("“Sanctuary policies put Americans at risk and send violent offenders back on the streets,” the congressman said.", Stance.Opposes)]
    [InlineData("A state senator called the ordinance an open-borders giveaway that defies federal law.", Stance.Opposes)]
    [InlineData("The sheriff said deputies must honor every detainer the agency sends, because the county cannot be a haven for illegal immigrants.", Stance.Opposes)]
    [InlineData("“These are rapists and drug dealers, and the county keeps releasing them,” the acting director said.", Stance.Opposes)]
    [InlineData("Immigrant rights groups said the change would tear families apart and drive people into the shadows.", Stance.Supports)]
    [InlineData("The chief said the proposal would erode the trust between officers and the neighborhoods they serve.", Stance.Supports)]
    [InlineData("“It is not our job to enforce federal immigration law,” the police superintendent said.", Stance.Supports)]
    [InlineData("The mayor said the city will always be a welcoming city, whatever the administration threatens.", Stance.Supports)]
    [InlineData("Organizers called the lawsuit a political stunt meant to scare immigrant families.", Stance.Supports)]
    public void WiderDebateVocabulary_GetsItsSide(string paragraph, Stance expected)
    {
        Assert.Equal(expected, Only(paragraph).Stance);
    }

    [Fact]
    public void MultiWordTrustCue_OutweighsTheSingleWordUndermine()
    {
        // "undermine" alone leans against the protections; "undermine trust" is the pro-sanctuary argument.
        var paragraph = Only("Pastors warned that the repeal would undermine trust in local police.");

        Assert.Equal(Stance.Supports, paragraph.Stance);
        Assert.Contains("cue:+undermine trust", paragraph.StanceEvidence);
    }

    [Fact]
    public void PointBeforeBut_IsConcededAndCountsHalf()
    {
        var paragraph = Only("The measure does protect immigrants, but the county board says it endangers deputies.");

        Assert.Equal(Stance.Opposes, paragraph.Stance);
        Assert.Contains("cue:+protect immigrants(conceded)", paragraph.StanceEvidence);
    }

    [Fact]
    public void OpeningWhileClause_IsConceded()
    {
        // The clause before the comma is background; the factual main clause leaves the paragraph neutral.
        var paragraph = Only("While the measure does not make Oregon a sanctuary, it bars deputies from asking about immigration status.");

        Assert.Equal(Stance.Neutral, paragraph.Stance);
        Assert.Contains(paragraph.StanceEvidence, e => e.EndsWith("(conceded)", StringComparison.Ordinal));
    }

    [Fact]
    public void NotOnlyButAlso_IsNeitherANegationNorAContrast()
    {
        var paragraph = Only("The pastor said the raids are not only cruel but also pointless.");

        Assert.Contains("cue:+cruel", paragraph.StanceEvidence);
        Assert.DoesNotContain(paragraph.StanceEvidence, e => e.Contains("(negated)", StringComparison.Ordinal) || e.Contains("(conceded)", StringComparison.Ordinal));
    }

    [Fact]
    public void NegatorSeparatedByAVerb_DoesNotFlipTheCue()
    {
        // "do not know which criminal aliens": the negation is of "know", not of the cue.
        var paragraph = Only("“We do not know which criminal aliens the jail lets go,” the field office director said.");

        Assert.Equal(Stance.Opposes, paragraph.Stance);
        Assert.Contains("cue:-criminal aliens", paragraph.StanceEvidence);
    }

    [Theory]
    [InlineData("Organizers said victims won't report crimes if deputies start working with immigration agents.")]
    [InlineData("Shelter workers said survivors no longer come forward, and many don't trust the police at all.")]
    [InlineData("“Our officers will not be anybody's deportation force,” the chief said.")]
    public void FearAndTrustArguments_KeepTheirSideWhenNegated(string paragraph)
    {
        var analyzed = Only(paragraph);

        Assert.Equal(Stance.Supports, analyzed.Stance);
        Assert.DoesNotContain(analyzed.StanceEvidence, e => e.Contains("(negated)", StringComparison.Ordinal));
    }

    [Fact]
    public void SlantedWordAlone_StaysNeutral()
    {
        // STANCE_GUIDELINES rule 3: a slanted label with nothing claimed is not a side; it weighs half a cue.
        Assert.Equal(Stance.Neutral, Only("Deputies booked 14 illegal aliens into the county jail in March.").Stance);
    }

    [Fact]
    public void FactualAccountOfTheLaw_StaysNeutral()
    {
        Assert.Equal(Stance.Neutral, Only("The ordinance bars officers from holding anyone on an immigration detainer without a judge's warrant.").Stance);
    }

    [Theory]
    [InlineData("The mayor vowed to defy the administration and keep the city's rules in place.", Stance.Supports)]
    [InlineData("“These counties defy federal law every single day,” the senator said.", Stance.Opposes)]
    [InlineData("“They have been coached on how to defy ICE,” the director said of the city's leaders.", Stance.Opposes)]
    [InlineData("The attorney general came to the capital to say that states cannot defy the federal government on immigration.", Stance.Opposes)]
    public void Defiance_TakesTheSideOfWhatIsDefied(string paragraph, Stance expected)
    {
        Assert.Equal(expected, Only(paragraph).Stance);
    }

    [Fact]
    public void LawlessAimedAtFederalAgents_Supports()
    {
        var paragraph = Only("Neighbors said lawless ICE agents were stopping people outside the church.");

        Assert.Equal(Stance.Supports, paragraph.Stance);
        Assert.Contains("cue:+lawless(at enforcement)", paragraph.StanceEvidence);
    }

    [Fact]
    public void NegatedBeliefThatTheLawMakesASanctuary_Supports()
    {
        // "don't believe this will make X a sanctuary": the negation reaches the claim through "believe this will".
        Assert.Equal(Stance.Supports, Only("A spokesman said they don't believe this will make Nevada a sanctuary state.").Stance);
    }

    [Fact]
    public void Rebuttal_TakesTheOtherSideOfThePreviousParagraph()
    {
        var paragraphs = TestAnalysis.ParagraphsByRules(
            "“The ordinance lets dangerous criminals walk free,” Sheriff Tom Reyes said.",
            "But the county's public defender, Ana Ruiz, says that's not true.");

        Assert.Equal(Stance.Opposes, paragraphs[0].Stance);
        Assert.Equal(Stance.Supports, paragraphs[1].Stance);
        Assert.Contains("rebuttal:not true(previous opposes)", paragraphs[1].StanceEvidence);
    }

    [Fact]
    public void Rebuttal_AfterANeutralParagraph_StaysNeutral()
    {
        var paragraphs = TestAnalysis.ParagraphsByRules(
            "The county board voted 7-4 on Tuesday to keep the ordinance.",
            "Two members disputed the count.");

        Assert.Equal(Stance.Neutral, paragraphs[1].Stance);
    }

    [Fact]
    public void FliesInTheFaceOfTheAdministration_Supports()
    {
        var paragraph = Only("The senator says the new state law flies in the face of what President Trump wants.");

        Assert.Equal(Stance.Supports, paragraph.Stance);
        Assert.Contains("cue:+flies in the face of(at enforcement)", paragraph.StanceEvidence);
    }

    [Theory]
    [InlineData("Clergy said the sweeps are undermining trust between parishioners and patrol officers.", Stance.Supports)]
    [InlineData("“Local officials keep interfering with ICE at every turn,” the spokesman said.", Stance.Opposes)]
    [InlineData("The councilwoman said officials were demonizing ICE officers who only do their jobs.", Stance.Opposes)]
    [InlineData("The organizer said the president keeps demonizing immigrants to win votes.", Stance.Supports)]
    [InlineData("“This is a bad bill, and it will bring more crime to our towns,” the state representative said.", Stance.Opposes)]
    public void InflectedAndAimedCues_GetTheirSide(string paragraph, Stance expected)
    {
        Assert.Equal(expected, Only(paragraph).Stance);
    }

    [Fact]
    public void NonContent_HasNoStance()
    {
        var paragraphs = TestAnalysis.ParagraphsByRules("Welcoming news.", "Advertisement");

        Assert.Null(paragraphs[1].Stance);
        Assert.Empty(paragraphs[1].StanceEvidence);
    }

    [Theory]
    [InlineData("The police chief said officers will give no help to ICE agents during the weekend sweeps.")]
    [InlineData("“Our officers cannot, in any way, facilitate these raids,” the mayor said.")]
    [InlineData("The county executive said immigration agents can no longer get access to the jail's booking records.")]
    [InlineData("If known, city police will not share information about an undocumented resident with federal officials.")]
    [InlineData("The police department will not take part in ICE raids, the chief said.")]
    [InlineData("  • Our officers do not participate in immigration-related arrests or raids.")]
    [InlineData("We don't assist ICE agents with deportations, the sheriff's office said.")]
    public void PromiseNotToCooperate_Supports(string paragraph)
    {
        var analysed = Only(paragraph);

        Assert.Equal(Stance.Supports, analysed.Stance);
        Assert.Contains(analysed.StanceEvidence, e => e.EndsWith("(refusal)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The new rules do not allow deputies to help ICE agents hold anyone without a judge's warrant.")]
    [InlineData("Federal officials complain that ICE does not have access to the county's booking records.")]
    [InlineData("Critics say sanctuary counties do not help ICE agents find people with criminal records.")]
    [InlineData("Sanctuary cities do not share data with ICE, the report says.")]
    public void DescribedLimitOrComplaint_IsNoRefusal(string paragraph)
    {
        Assert.DoesNotContain(Only(paragraph).StanceEvidence, e => e.EndsWith("(refusal)", StringComparison.Ordinal));
    }

    [Fact]
    public void GroupLabel_CountsOnlyWhenTheGroupStatesAPosition()
    {
        Assert.Equal(Stance.Supports, Only("Supporters of the bill say it simply clarifies what local officers may do.").Stance);
        Assert.Equal(Stance.Neutral, Only("The governor met with immigrant rights groups in the capital on Tuesday.").Stance);
        Assert.DoesNotContain("cue:-critics", Only("In answer to critics who call the state a haven, the senator added that the rules are clear.").StanceEvidence);
    }

    [Fact]
    public void PurposeOfALaw_InTheAuthorsWords_IsNeutral_ButAViewWhenVoiced()
    {
        var described = Only("The measure includes provisions designed to protect undocumented residents from federal agents.");
        var voiced = Only("“The measure was designed to protect undocumented residents,” the sponsor said.");

        Assert.Equal(Stance.Neutral, described.Stance);
        Assert.Contains("cue:+protect undocumented residents(purpose)", described.StanceEvidence);
        Assert.Equal(Stance.Supports, voiced.Stance);
    }

    [Fact]
    public void LawThatProtects_InTheAuthorsWords_IsDescription()
    {
        var described = Only("The town's “Safe Haven Ordinance” protects undocumented residents from being held for federal agents.");
        var argued = Only("“We must protect undocumented residents from these raids,” the council member said.");
        var named = Only("The Committee on Immigrant and Refugee Rights met for the first time on Monday.");

        Assert.Equal(Stance.Neutral, described.Stance);
        Assert.Contains("cue:+protects undocumented residents(purpose)", described.StanceEvidence);
        Assert.Equal(Stance.Supports, argued.Stance);
        Assert.Equal(Stance.Neutral, named.Stance);
    }

    [Fact]
    public void PollFindingsAndALawsOwnText_AreReported()
    {
        var poll = Only("Sixty percent of respondents said they believed the policy made the town less safe.");
        var lawText = Only("Residents will be held only if they are a “clear threat to public safety,” according to the ordinance.");

        Assert.Equal(Stance.Neutral, poll.Stance);
        Assert.Contains("(described)", string.Join(' ', poll.StanceEvidence));
        Assert.Equal(Stance.Neutral, lawText.Stance);
        Assert.Equal(Stance.Opposes, Only("The sheriff said the policy made the town less safe.").Stance);
    }

    [Fact]
    public void Unlawful_IsAimedByItsTarget()
    {
        Assert.Equal(Stance.Opposes, Only("The sheriff argued that the county's new policies are unlawful.").Stance);
        Assert.Equal(Stance.Supports, Only("Town lawyers accused the feds of tying grants to new and unlawful immigration enforcement conditions.").Stance);
        Assert.Equal(Stance.Neutral, Only("The ordinance makes it unlawful for officers to hold people on detainers alone.").Stance);
    }

    [Fact]
    public void WhetherClause_AndProtestSigns_AreNoPosition()
    {
        var asked = Only("“Residents want a say on whether or not we remain a sanctuary city,” the alderman said.");

        Assert.Equal(Stance.Neutral, asked.Stance);
        Assert.Contains("(whether)", string.Join(' ', asked.StanceEvidence));
        Assert.Equal(Stance.Supports, Only("“We will remain a sanctuary city,” the alderman said.").Stance);
        Assert.Equal(Stance.Neutral, Only("Marchers carried signs denouncing the raids and promised to return on Sunday.").Stance);
    }

    [Fact]
    public void AttemptToRegulateFederalOfficers_Opposes()
    {
        Assert.Equal(Stance.Opposes, Only("The department said the state's new law is an attempt to regulate federal officers in their work.").Stance);
    }

    [Fact]
    public void DefenceAndStrengtheningWording_Supports()
    {
        Assert.Equal(Stance.Supports, Only("In a statement, the mayor's office said the county is following federal law.").Stance);
        Assert.Equal(Stance.Supports, Only("“The president's assault on sanctuary cities has failed,” the alderman said.").Stance);
    }

    [Fact]
    public void LeadIn_TakesTheSideOfTheStatementItAnnounces()
    {
        var paragraphs = TestAnalysis.ParagraphsByRules(
            "The town board voted 5-2 on the proposal Tuesday night.",
            "The local immigrant coalition issued the following statement after the vote:",
            "“Tonight our town chose to keep families together and build trust between residents and police.”");

        Assert.Equal(Stance.Supports, paragraphs[1].Stance);
        Assert.Contains(paragraphs[1].StanceEvidence, e => e.StartsWith("lead-in:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The sheriff said the ordinance leaves his deputies caught between conflicting laws.")]
    [InlineData("“We are running two opposing systems at once,” the county's top deputy said.")]
    [InlineData("Deputies say the ordinance exposes them to litigation whichever order they follow, the union president said.")]
    public void LawEnforcementCaughtBetweenStateAndFederalLaw_Opposes(string paragraph)
    {
        Assert.Equal(Stance.Opposes, Only(paragraph).Stance);
    }

    [Fact]
    public void ReportedPositionOfAnAdvocacyGroup_TakesTheGroupsSide()
    {
        var advocates = Only("Advocates say the ordinance is long overdue in the county.");

        Assert.Equal(Stance.Supports, advocates.Stance);
        Assert.Contains("cue:+advocates", advocates.StanceEvidence);
        Assert.Equal(Stance.Opposes, Only("Advocates of stricter enforcement said the ordinance is long overdue for repeal.").Stance);
        Assert.Equal(Stance.Neutral, Only("The mayor met advocates and business owners at a downtown hotel on Monday.").Stance);
    }

    [Fact]
    public void LawsPurposeAsItsDescription_CountsForNothingEvenInAClaim_ButTheClaimCounts()
    {
        var paragraph = Only("The county's suit claims the ordinance intended to protect immigrants oversteps its bounds, the sheriff said.");

        Assert.Equal(Stance.Opposes, paragraph.Stance);
        Assert.Contains("cue:+protect immigrants(purpose)", paragraph.StanceEvidence);
        Assert.Contains("cue:-oversteps", paragraph.StanceEvidence);
    }

    [Fact]
    public void ProtectingFromCriminals_IsNotTheProtectImmigrantsArgument()
    {
        Assert.Equal(Stance.Opposes, Only("“Our job is protecting local families from rapists and drug dealers,” the candidate said.").Stance);
        Assert.Equal(Stance.Supports, Only("“Our job is protecting local families from deportation,” the alderwoman said.").Stance);
    }

    [Fact]
    public void PossessiveLawName_IsNoCue()
    {
        Assert.Equal(Stance.Neutral, Only("The Community TRUST Act’s first provisions take effect in June.").Stance);
    }

    [Theory]
    [InlineData("The county attorney commended the council for keeping the ordinance.", Stance.Supports)]
    [InlineData("The sheriff took issue with the ordinance at Tuesday's meeting.", Stance.Opposes)]
    [InlineData("The mayor took issue with the raids at Tuesday's meeting.", Stance.Supports)]
    [InlineData("Officials said the town obstructs lawful immigration enforcement.", Stance.Opposes)]
    [InlineData("He said people without papers are not welcome in the county.", Stance.Opposes)]
    [InlineData("“You are welcome here,” the alderwoman told the families.", Stance.Supports)]
    [InlineData("The trustee said the shelters are a drain on the village budget.", Stance.Opposes)]
    [InlineData("Deputies must choose between enforcing state or federal law, the sheriff said.", Stance.Opposes)]
    [InlineData("The lack of cooperation puts nobody's mind at ease, the agency said.", Stance.Opposes)]
    [InlineData("The county refuses to hold people for immigration agents, the department said.", Stance.Opposes)]
    [InlineData("The ordinance draws a bright line between local officers and federal agents, its sponsor said.", Stance.Supports)]
    [InlineData("“A place of protection for immigrants is what we want to be,” the pastor said.", Stance.Supports)]
    [InlineData("Several attorneys general joined the fight against sanctuary cities on Monday.", Stance.Opposes)]
    [InlineData("The county argued in its filing that the department cannot withhold policing grants from it.", Stance.Supports)]
    public void DebateVocabularyOfPraiseCriticismCostAndWelcome_GetsItsSide(string paragraph, Stance expected)
    {
        Assert.Equal(expected, Only(paragraph).Stance);
    }

    [Fact]
    public void AnnouncedStatementWithoutAColon_IsALeadInToo()
    {
        var paragraphs = TestAnalysis.ParagraphsByRules(
            "The coalition's director delivered the following remarks at the church hall on Sunday.",
            "“Our county should always be a welcoming place, and our deputies should never do ICE's job.”");

        Assert.Equal(Stance.Supports, paragraphs[0].Stance);
        Assert.Contains(paragraphs[0].StanceEvidence, e => e.StartsWith("lead-in:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dozens of cities which won't work with federal immigration agents have clashed with the administration.")]
    [InlineData("The report counts county policies of not cooperating with ICE across the state.")]
    public void DescribedRefusal_OfAKindOfPlaceOrPolicy_IsNoPromise(string paragraph)
    {
        Assert.Equal(Stance.Neutral, Only(paragraph).Stance);
    }

    [Theory]
    [InlineData("“Do not impede us,” the border official told the crowd.", Stance.Opposes)]
    [InlineData("The pastor turned to the officials. “Don't punish our cities for keeping families safe.”", Stance.Supports)]
    [InlineData("“Don't cooperate with ICE. Don't honor their detainers,” the organizers told the county board.", Stance.Supports)]
    public void NegatedCommand_MakesTheCuesOwnComplaint_UnlessItIsCompliance(string paragraph, Stance expected)
    {
        Assert.Equal(expected, Only(paragraph).Stance);
    }

    [Fact]
    public void QuotedFragmentOpeningWithDont_IsNoCommand()
    {
        Assert.Equal(Stance.Supports, Only("The mayor's aide said they “don't believe this is dangerous” for the city.").Stance);
    }

    [Theory]
    [InlineData("The official said he would sue sanctuary cities that don't cooperate with ICE.")]
    [InlineData("The department keeps a list of jurisdictions which do not honor detainers from ICE.")]
    public void NegatedComplianceInARelativeClause_DescribesAPlace(string paragraph)
    {
        var analysed = Only(paragraph);

        Assert.Equal(Stance.Neutral, analysed.Stance);
        Assert.Contains(analysed.StanceEvidence, e => e.EndsWith("(negated)(described)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The county sued and called the grant conditions “unauthorized and unconstitutional.”", Stance.Supports)]
    [InlineData("The alderman said the raids are unconstitutional.", Stance.Supports)]
    [InlineData("The mayor said ICE's new detention practice is unconstitutional.", Stance.Supports)]
    [InlineData("The sheriffs claim the state's Trust Act is unconstitutional.", Stance.Opposes)]
    [InlineData("The department argued that the city's sanctuary ordinance is unlawful.", Stance.Opposes)]
    public void VerdictOfIllegality_JudgesWhatStandsBeforeIt(string paragraph, Stance expected)
    {
        Assert.Equal(expected, Only(paragraph).Stance);
    }

    [Theory]
    [InlineData("ICE agents detained unauthorized immigrants at the plant on Tuesday.")]
    [InlineData("The judge was asked to declare the laws unconstitutional.")]
    public void VerdictWordInANounPhraseOrAimedAtNothingKnown_CountsForNothing(string paragraph)
    {
        Assert.Equal(Stance.Neutral, Only(paragraph).Stance);
    }

    [Theory]
    [InlineData("“They want us to betray our immigrant neighbors,” the council member said.", Stance.Supports)]
    [InlineData("“These raids drive families deeper into the shadows,” the pastor said.", Stance.Supports)]
    [InlineData("According to the agency, the county jail ignored detainers on four men last year.", Stance.Opposes)]
    public void BetrayalOfImmigrants_Shadows_AndIgnoredDetainers_GetTheirSide(string paragraph, Stance expected)
    {
        Assert.Equal(expected, Only(paragraph).Stance);
    }

    [Fact]
    public void NameOfADirective_IsNoCue()
    {
        Assert.Equal(Stance.Neutral, Only("The county board discussed the state's Community Trust Directive on Monday.").Stance);
    }

    [Fact]
    public void ChargeReportedAsAlleged_IsNotEndorsed()
    {
        var analysed = Only("The town's mayor faced a long hearing on its policies and alleged “harboring of migrants” last week.");

        Assert.Equal(Stance.Neutral, analysed.Stance);
        Assert.Contains(analysed.StanceEvidence, e => e.EndsWith("(described)", StringComparison.Ordinal));
    }

    [Fact]
    public void AdverbSharingAStemWithAFederalLawWord_IsNoCue()
    {
        // "preemptively" (in advance) is not the federal preemption that "Federal law preempts the ordinance" argues.
        Assert.Empty(Only("The attorney general asked a judge to preemptively declare the bill constitutional.").StanceEvidence);
        Assert.Equal(Stance.Opposes, Only("Federal law preempts the city's ordinance, the attorney general argued.").Stance);
    }

    [Fact]
    public void EnforcementAgencysNameForThePeopleReleased_TakesItsSide()
    {
        Assert.Equal(Stance.Opposes, Only("The agency says the state released 900 criminal non-citizens with active detainers last year.").Stance);
    }

    [Theory]
    [InlineData("Undocumented residents should still seek to obtain lawful status, the attorney wrote.")]
    [InlineData("A warrant signed by a judge authorizes a lawful arrest or search.")]
    [InlineData("The hearing discussed a proposed bill to ban sanctuary cities in the state.")]
    public void LegalTermsAndAProposalsAim_AreDescribedNotArgued(string paragraph)
    {
        Assert.Equal(Stance.Neutral, Only(paragraph).Stance);
    }
}
