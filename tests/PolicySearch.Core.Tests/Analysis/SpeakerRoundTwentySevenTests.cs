namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution, round 27 (twelfth session), from the speaker errors of parts AB and AC, read once measured:
/// signers listed before "all urge"; two counties named in one phrase ("McHenry County and Kankakee County", "McHenry
/// and Kankakee counties"); a body's "leadership"; "The following can be attributed to X:" and the statement under it;
/// "last month" between a subject and its verb; "justified … as"; Spanish particles inside a body's name; the plaintiff
/// sheriffs of the 2020 suit as known figures. Invented sentences, except the known figures' names.
/// </summary>
public sealed class SpeakerRoundTwentySevenTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void SignersListedBeforeAllUrge_AllSpeak() =>
        Assert.Equal(["Ann Lee", "Bo Park", "Jo Kim"],
            SpeakersOf("Representative Ann Lee, Representative Bo Park, and Senator Jo Kim all urge the governor to veto the bill.").Order());

    [Theory]
    [InlineData("Dayton County and Lorain County, each an hour from the capital, sued the state, saying the law would cost them millions.")]
    [InlineData("Dayton and Lorain counties allege in their complaint that the act violates the constitution.")]
    public void TwoCountiesInOnePhrase_AreTwoSpeakers(string paragraph) =>
        Assert.Equal(["Dayton County", "Lorain County"], SpeakersOf(paragraph).Order());

    [Fact]
    public void TwoBodiesOfDifferentKinds_StayOneName_WhenTheLexiconKnowsTheWhole() =>
        Assert.Equal(["U.S. Immigration and Customs Enforcement"], SpeakersOf("U.S. Immigration and Customs Enforcement said the rule stands."));

    [Fact]
    public void ABodysLeadership_IsTheBody() =>
        Assert.Equal(["Illinois Republican Party"],
            SpeakersOf("Illinois Republican Party leadership insisted that the act had no substantial effect on the police."));

    [Fact]
    public void TheFollowingCanBeAttributedTo_NamesTheAuthorOfTheStatementBelow()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "The following can be attributed to Dana Whitcombe, director of policy at the Dayton Civil Liberties Union:",
            "The lawsuit filed today is a further effort to intimidate public officials.",
            "The ordinance reflects the values of our communities.");

        Assert.All(paragraphs, p => Assert.Equal(["Dana Whitcombe"], p.Speakers));
    }

    [Theory]
    [InlineData("The hearing comes after Rep. Dana Whitcombe (R-Ohio), the panel's chairman, last month called on the governors to testify.")]
    [InlineData("Assistant Secretary Dana Whitcombe previously justified arrests at courthouses as “common sense.”")]
    [InlineData("Dana Whitcombe, the executive director of Proyecto de Acción de los Suburbios del Oeste (PASO), said the gesture goes beyond anything.")]
    public void ShapesAroundTheVerb_LeaveThePersonTheSpeaker(string paragraph) => Assert.Equal(["Dana Whitcombe"], SpeakersOf(paragraph));

    [Fact]
    public void APlaintiffSheriffsMiddleInitial_TakesTheKnownName() =>
        Assert.Equal(["Brian VanVickle"], SpeakersOf("Ogle County Sheriff Brian E. VanVickle said the act is unfair."));
}
