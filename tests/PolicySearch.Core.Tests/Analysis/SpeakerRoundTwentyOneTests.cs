namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution, round 21 (tenth session, the readable parts' misses): more verbs that report a view
/// ("highlighted that", "castigated", "outlined", "offered the following statement", "took to X"), a title of a body
/// written out before its holder's name ("Acting Director of the Dayton Police Department Jo Tate"); then part ZO's: a
/// particle inside a titled name ("Mayor Bill de Blasio") and "the release" that points to its author; then false
/// speakers of the readable parts: a supposed case ("If ICE tells …"), "claims to defend", and a suit's allegation
/// credited to the one it is against; then parts ZP's and ZQ's, read once measured: a participle opening the sentence
/// ("Citing state law, the sheriff's office …") and an office named by its holder's title ("the Illinois Attorney
/// General’s Office"). Invented sentences.
/// </summary>
public sealed class SpeakerRoundTwentyOneTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Theory]
    [InlineData("State Sen. Dana Whitcombe (R-45th) highlighted that the man had an immigration detainer.")]
    [InlineData("Sheriff Dana Whitcombe castigated sanctuary cities as “un-American” in a new interview.")]
    [InlineData("In a letter to priests, Bishop Dana Whitcombe outlined several resources the diocese offers to immigrants.")]
    [InlineData("State Rep. Dana Whitcombe (R-Bend) offered the following statement in support of the measure:")]
    [InlineData("On January 22, State Sen. Dana Whitcombe took to X, formerly Twitter, to urge jail staff to call ICE.")]
    public void ReportingVerbsBeyondSaid_MakeTheSubjectTheSpeaker(string paragraph) =>
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(paragraph));

    [Fact]
    public void ATopicThatHighlightsOrOutlines_IsNoSpeaker()
    {
        Assert.Empty(SpeakersOf("The discussion highlighted concerns about the cost of detention."));
        Assert.Empty(SpeakersOf("The guidance outlines the provisions of the state law."));
    }

    [Fact]
    public void TitleOfABody_BeforeTheHoldersName_GivesThePerson()
    {
        Assert.Equal(["Jo Tate"], SpeakersOf("Acting Director of the Dayton Police Department Jo Tate said the policy stands."));
        Assert.Equal(["Dana Whitcombe"],
            SpeakersOf("Executive Director of the Dayton Coalition for Immigrant Rights Dana Whitcombe said the bill matters."));

        // Without a holder's name the run stays what it was: no person is made up from the body's last words.
        Assert.DoesNotContain("Immigrant Rights", SpeakersOf("The Director of the Dayton Coalition for Immigrant Rights said the bill matters."));
    }

    [Fact]
    public void ParticleInsideATitledName_StaysInTheName()
    {
        Assert.Equal(["Bill de Blasio"], SpeakersOf("New York Mayor Bill de Blasio explained to reporters that the city does cooperate with federal authorities."));
        Assert.Equal(["Kevin de León"], SpeakersOf("State Sen. Kevin de León said the bill passed."));
    }

    [Fact]
    public void TheRelease_IsItsAuthors_EvenAfterAnotherSpeaker()
    {
        var paragraphs = TestAnalysis.Paragraphs(
            "Three detainees have been released, according to a news release from the Dayton Coalition for Immigrant Rights.",
            "According to an ICE official, an estimated 50 people were being held at the jail.",
            "Local activists are fighting for the release of the detainees. According to the release, the advocates were told on Friday.",
            "The Dayton Police Association, in a statement, reiterated the sheriff's view.",
            "“We are pleased that the governor signed the bill,” the statement said.");

        Assert.Equal(["U.S. Immigration and Customs Enforcement"], paragraphs[1].Speakers);
        Assert.Equal(["Dayton Coalition for Immigrant Rights"], paragraphs[2].Speakers);
        Assert.Equal(["Dayton Police Association"], paragraphs[4].Speakers);
    }

    [Fact]
    public void SupposedCasesAndPurportedAims_ReportNoWords()
    {
        Assert.Empty(SpeakersOf("If Immigration and Customs Enforcement tells the Dayton police to put a hold on a suspect, they do."));
        Assert.Empty(SpeakersOf("When ICE believes that a prisoner may have violated the law, the agency sends a detainer."));
        Assert.Empty(SpeakersOf("Meanwhile, the very people Mayor Dana Whitcombe claims to defend are hurt by her rhetoric."));

        // A cue after the clause's comma, a past event and a plain claim still speak.
        Assert.Equal(["Jo Tate"], SpeakersOf("When asked, Sheriff Jo Tate said the jail follows the law."));
        Assert.Equal(["Jo Tate"], SpeakersOf("When Sheriff Jo Tate said the jail follows the law, critics laughed."));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Mayor Dana Whitcombe claims the law is working."));
    }

    [Fact]
    public void ASuitAgainstABody_AllegesForItsFiler_NotForTheBody()
    {
        Assert.Empty(SpeakersOf("Dayton County faces a state lawsuit alleging the sheriff's office is aiding federal immigration enforcement."));
        Assert.Equal(["Dayton Immigrant Coalition"],
            SpeakersOf("The Dayton Immigrant Coalition filed a lawsuit alleging the sheriff's office is aiding immigration enforcement."));
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Gov. Dana Whitcombe has rejected the lawsuit, claiming that the state follows the law."));
    }

    [Fact]
    public void ParticipleOpeningTheSentence_IsItsSubjects()
    {
        Assert.Equal(["Dayton County Sheriff's Office"], SpeakersOf("Citing state law, the Dayton County Sheriff's Office does not honor ICE detainers."));
        Assert.Equal(["Jo Tate"], SpeakersOf("Saying the law is clear, Sheriff Jo Tate refused to hold the man."));
    }

    [Fact]
    public void OfficeNamedByItsHoldersTitle_IsNamedAsTitledHoldersOfficesAre()
    {
        Assert.Equal(["Office of the Illinois Attorney General"], SpeakersOf("The Illinois Attorney General’s Office said the law is clear."));
        Assert.Equal(["Office of the Mayor of Dayton"], SpeakersOf("The Dayton Mayor's Office said the city would comply."));

        // A county's sheriff's office is a department that goes by its own name.
        Assert.Equal(["Dayton County Sheriff's Office"], SpeakersOf("The Dayton County Sheriff's Office said it would comply."));
    }
}
