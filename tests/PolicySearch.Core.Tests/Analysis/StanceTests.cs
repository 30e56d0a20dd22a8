using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Tests.Analysis;

public class StanceTests
{
    private static AnalyzedParagraph Only(string paragraph) => TestAnalysis.Paragraphs(paragraph)[0];

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
        var paragraphs = TestAnalysis.Paragraphs(
            "“The law shields criminal aliens and puts everyone at risk,” Sen. Mark Hill said.",
            "“We will bring the bill back next session,” Hill added.");

        Assert.Equal(Stance.Opposes, paragraphs[1].Stance);
        Assert.Contains(paragraphs[1].StanceEvidence, e => e.StartsWith("speaker-prior:Mark Hill", StringComparison.Ordinal));
    }

    [Fact]
    public void SpeakersEstablishedStance_DoesNotCarryToAnOffTopicQuote()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“The law shields criminal aliens and puts everyone at risk,” Sen. Mark Hill said.",
            "“The economy is doing fine,” Hill added.");

        Assert.Equal(Stance.Neutral, paragraphs[1].Stance);
    }

    [Fact]
    public void FactSourcedAccordingToASpeaker_DoesNotTakeTheirStance()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "“Sanctuary rules shield criminals and put everyone at risk,” ICE said in a statement.",
            "Agents detained six people under the detainer program on Sunday, according to ICE.");

        Assert.Equal(Stance.Neutral, paragraphs[1].Stance);
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

    [Fact]
    public void NonContent_HasNoStance()
    {
        var paragraphs = TestAnalysis.Paragraphs("Welcoming news.", "Advertisement");

        Assert.Null(paragraphs[1].Stance);
        Assert.Empty(paragraphs[1].StanceEvidence);
    }
}
