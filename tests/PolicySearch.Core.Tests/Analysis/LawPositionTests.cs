using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>A position taken on the law itself (<c>Stances/LawPositions.cs</c>). Invented sentences, decided by the stance rules alone.</summary>
public class LawPositionTests
{
    private static AnalyzedParagraph Only(string paragraph) => TestAnalysis.ParagraphsByRules(paragraph)[0];

    [Theory]
    [InlineData("As county prosecutors, we support the Welcoming Ohio Act and its limits on jail holds.", Stance.Supports)]
    [InlineData("The mayors urged Governor Ann Holt to approve SB 112 before the session ends.", Stance.Supports)]
    [InlineData("Several county boards are backing the state's sanctuary law in court.", Stance.Supports)]
    [InlineData("Two senators opposed the Welcoming Ohio Act when it passed in 2019.", Stance.Opposes)]
    [InlineData("Downstate legislators are supporting legislation to repeal the Welcoming Ohio Act.", Stance.Opposes)]
    [InlineData("The sheriff backs the lawsuit seeking to invalidate the Welcoming Ohio Act.", Stance.Opposes)]
    [InlineData("Sheriff Jo Lee says he supports ballot measure 105, which would repeal the state's sanctuary law.", Stance.Opposes)]
    public void APositionOnTheLaw_TakesItsSide(string text, Stance expected)
    {
        var paragraph = Only(text);

        Assert.Equal(expected, paragraph.Stance);
        Assert.Contains(paragraph.StanceEvidence, evidence => evidence.EndsWith("(position)", StringComparison.Ordinal));
    }

    [Fact]
    public void ANegatedPosition_TakesTheOtherSide()
    {
        var paragraph = Only("The sheriff does not support the Welcoming Ohio Act.");

        Assert.Equal(Stance.Opposes, paragraph.Stance);
        Assert.Contains("cue:-support the welcoming(negated)(position)", paragraph.StanceEvidence);
    }

    [Theory]
    [InlineData("Two senators introduced a bill to repeal the Welcoming Ohio Act on Monday.")]
    [InlineData("The Senate approved the Welcoming Ohio Act by a vote of 31 to 20.")]
    [InlineData("The sanctuary law dates back to the widely-supported House Bill 2314 of 1987.")]
    public void ActsAndAdjectives_TakeNoPosition(string text)
    {
        var paragraph = Only(text);

        Assert.Equal(Stance.Neutral, paragraph.Stance);
        Assert.DoesNotContain(paragraph.StanceEvidence, evidence => evidence.EndsWith("(position)", StringComparison.Ordinal));
    }
}
