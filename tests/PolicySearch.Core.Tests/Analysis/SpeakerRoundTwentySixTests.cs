namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution, round 26 (twelfth session), from the speaker errors of parts ZX, ZY, ZZ and AA, read once
/// measured: an office named by a role at a place in lower case ("the Illinois attorney general's office"); a bare
/// spokesperson closing a body's sentence; a view framed "To X, … “…”"; "announced" before a clause whose subject is a
/// name, or before where it was said; "recalls that", "penned an op-ed", "views … as", a body that "reported that";
/// a body's officials after its acronym in brackets; "Plaintiff" as a title; a county executive's office; the state
/// party's short names; "agreed to" a thing is no speech. Invented sentences.
/// </summary>
public sealed class SpeakerRoundTwentySixTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void ARoleAtAPlacesOffice_SpeaksUnderItsConventionalName()
    {
        Assert.Equal(["Office of the Illinois Attorney General"],
            SpeakersOf("The Illinois attorney general's office said it is reviewing the lawsuit."));

        // A county sheriff's office is a department with a name of its own.
        Assert.Equal(["Dayton County Sheriff's Office"], SpeakersOf("The Dayton County sheriff's office said it is reviewing the lawsuit."));
    }

    [Fact]
    public void ABareSpokespersonClosingABodysSentence_SpeaksForTheBody()
    {
        Assert.Equal(["Office of the Illinois Attorney General"],
            SpeakersOf("The Illinois attorney general's office is continuing to review the lawsuit, a spokesperson said."));
        Assert.Equal(["Dayton Police Department"],
            SpeakersOf("The Dayton Police Department will not change its policy, a spokeswoman said."));

        // A person is no body a spokesperson speaks for.
        Assert.Empty(SpeakersOf("Dana Whitcombe was released on Tuesday, a spokesperson said."));
    }

    [Theory]
    [InlineData("To Dayton County Board member Dana Whitcombe, D-Crystal Lake, the act is about “protecting the community as a whole.”")]
    [InlineData("To Sheriff Dana Whitcombe, the law is “a mistake that ties our hands.”")]
    [InlineData("To Rep. Dana Whitcombe, the bill is “long overdue.”")]
    public void AViewFramedToSomeone_IsTheirs(string paragraph) => Assert.Equal(["Dana Whitcombe"], SpeakersOf(paragraph));

    [Fact]
    public void ToWithNoQuotation_FramesNobody() =>
        Assert.Empty(SpeakersOf("To Dana Whitcombe's surprise, the council voted against the ordinance."));

    [Theory]
    [InlineData("Last week, Mayor Dana Whitcombe announced Dayton will permanently ban federal agents from the city's police databases.")]
    [InlineData("The city sued the Justice Department over the grant rules, Mayor Dana Whitcombe and other officials announced at a press conference Sunday.")]
    [InlineData("Dana Whitcombe recalls that the jail once held people for weeks on a federal request.")]
    [InlineData("Mayor Dana Whitcombe most recently penned an op-ed doubling down on her promise to protect residents.")]
    [InlineData("Ald. Dana Whitcombe views the proposed referendum as “a question for the people who pay for it.”")]
    [InlineData("Plaintiff Dana Whitcombe of Rockford said the jail held her for three days.")]
    public void VerbsAndShapesBeyondSaid_MakeThePersonTheSpeaker(string paragraph) =>
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(paragraph));

    [Fact]
    public void AnnouncedBeforeAnObject_IsNoSpeech() =>
        Assert.Empty(SpeakersOf("Sheriff Dana Whitcombe announced at the meeting a new schedule for the jail."));

    [Fact]
    public void ABodyThatReports_AndItsOfficialsAfterAnAcronym_Speak()
    {
        Assert.Equal(["U.S. Department of Homeland Security"],
            SpeakersOf("The Department of Homeland Security (DHS) reported that the county ignored 1,768 detainers."));
        Assert.Equal(["U.S. Immigration and Customs Enforcement"],
            SpeakersOf("Immigration and Customs Enforcement (ICE) officials said the agency has active detainer requests."));

        // An outlet that reports passes words along.
        Assert.Empty(SpeakersOf("The Illinois Review reported that the county ignored the detainers."));
    }

    [Fact]
    public void ABodyThatAgreedToAThing_SaysNothing() =>
        Assert.Empty(SpeakersOf("The Dayton County Board agreed to the contract in 2014."));

    [Fact]
    public void ACountyExecutivesOffice_IsNamedAfterTheCounty() =>
        Assert.Equal(["Office of the Dayton County Executive"],
            SpeakersOf("Dayton County Executive Dana Whitcombe signed the order.",
                "“The order aims to provide clarity,” according to a statement from Whitcombe’s office."));

    [Fact]
    public void TheStatePartysShortNames_AreTheParty() =>
        Assert.Equal(["Illinois Republican Party"], SpeakersOf("The IL GOP issued a statement in support of the governor."));
}
