namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Speaker attribution, round 22 (eleventh session): participles and lead-ins the lexicon lacked ("…, stating", "as
/// explained by"), a body's filing that states its grounds ("filed a brief … attacking the Act"), a letter's sender after
/// "from" ("received letters from Comer stating …": the sender speaks, not who received it), an office through a
/// pronoun ("according to his office") or a bare surname ("a Pritzker spokeswoman"), "has spoken out", "is proud to
/// announce", "for a" inside a body's name ("Campaign for a Welcoming Illinois") and a nickname's figure ("Jesús “Chuy”
/// García"); then parts ZT's and ZU's errors, read once measured: a party tag with a two-word home place ("R-Crystal
/// Lake"), "Co-chair" as a title, and a relative clause after an inverted verb ("say critics who feel that Pritzker …"); then parts ZV's and ZW's: "are sounding off", and a body's
/// name misspelt on a real page ("Illinois Coalition for Immigration and Refugee Rights"). Invented sentences.
/// </summary>
public sealed class SpeakerRoundTwentyTwoTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Theory]
    [InlineData("Dana Whitcombe of the Dayton coalition opened the rally, stating “The processing center has no beds.”")]
    [InlineData("Sheriff Dana Whitcombe answered the board's questions, highlighting that the jail holds no one for ICE.")]
    [InlineData("Sheriff Dana Whitcombe closed the meeting, acknowledging that the county cannot refuse a warrant.")]
    [InlineData("Mayor Dana Whitcombe has spoken out against the proposal to hold detainees in the city jail.")]
    public void ParticiplesAndVerbsBeyondSaid_MakeTheSubjectTheSpeaker(string paragraph) =>
        Assert.Equal(["Dana Whitcombe"], SpeakersOf(paragraph));

    [Fact]
    public void AsExplainedBy_NamesTheSpeakerAfterIt() =>
        Assert.Equal(["Dayton Coalition for Immigrant Rights"],
            SpeakersOf("As explained by the Dayton Coalition for Immigrant Rights, “The goal of the act is to build trust.”"));

    [Fact]
    public void ABodyIsProudToAnnounce_AndCongratulates()
    {
        Assert.Equal(["Dayton Coalition for Immigrant Rights"],
            SpeakersOf("The Dayton Coalition for Immigrant Rights is proud to announce that the council has passed the ordinance."));
        Assert.Equal(["Dayton Coalition for Immigrant Rights"],
            SpeakersOf("The Dayton Coalition for Immigrant Rights congratulates the council for passing the ordinance."));
    }

    [Fact]
    public void ABodysFilingThatStatesItsGrounds_IsTheBodys()
    {
        Assert.Equal(["Dayton Legal Foundation"],
            SpeakersOf("Yesterday, the Dayton Legal Foundation (DLF) filed a brief in federal court attacking the state's detainer law."));

        // A filing with no grounds says nothing of its own.
        Assert.Empty(SpeakersOf("The Dayton Legal Foundation filed a similar lawsuit against the county."));
    }

    [Fact]
    public void ALettersSender_SpeaksForTheLetter_NotWhoReceivedIt()
    {
        Assert.Equal(["Dayton Police Department"],
            SpeakersOf("The county commissioners received a memo from the Dayton Police Department saying the jail would stop holding detainees."));

        // A sender's own letter stays the sender's.
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Sheriff Dana Whitcombe sent a letter to ICE saying the jail would not hold detainees."));
    }

    [Fact]
    public void HisOrHerOffice_IsTheOfficeOfThePersonThePronounStandsFor()
    {
        Assert.Equal(["Office of the Governor of Ohio"],
            SpeakersOf("Ohio Gov. Dana Whitcombe will testify on Thursday.", "The governor will attend the hearing, according to his office."));
        Assert.Equal(["Office of the Governor of Ohio"],
            SpeakersOf("Ohio Gov. Dana Whitcombe will testify on Thursday.", "His office said the law is compliant."));

        // "her office" as a place is no speaker.
        Assert.Empty(SpeakersOf("Sheriff Jo Tate was in her office when the agents called."));
    }

    [Fact]
    public void ASurnameBeforeSpokeswoman_IsThatPersonsOffice_OnlyOnceThePersonWasNamed()
    {
        Assert.Equal(["Office of the Governor of Ohio"],
            SpeakersOf("Ohio Gov. Dana Whitcombe will testify on Thursday.", "“The act is compliant,” a Whitcombe spokeswoman said."));
        Assert.Empty(SpeakersOf("“The act is wrong,” a Republican spokesman said."));
    }

    [Fact]
    public void ForA_InsideABodysName_StaysInTheName()
    {
        Assert.Equal(["Campaign for a Welcoming Dayton"], SpeakersOf("The Campaign for a Welcoming Dayton said the ordinance was good."));

        // Elsewhere "a" ends a name: "called Tate a Republican" makes no "Tate a Republican".
        Assert.Equal(["Jo Tate"], SpeakersOf("Critics called Holt a Republican in name only, Sheriff Jo Tate said."));
    }

    [Fact]
    public void ANicknameInQuotes_GivesTheKnownFiguresName()
    {
        Assert.Equal(["Jesús García"], SpeakersOf("Congressman Jesús “Chuy” García issued the following statement after the vote."));
        Assert.Equal(["Jesús García"], SpeakersOf("Rep. Chuy Garcia said he opposed the plan."));
    }

    [Fact]
    public void APartyTagWithAHomePlaceOfTwoWords_NamesNobody()
    {
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("County Board Chairman Dana Whitcombe, R-Crystal Lake, said that he supports the contract."));
        Assert.Equal(["Jo Tate"], SpeakersOf("State Sen. Jo Tate, D-Oak Park, said the bill was good."));
    }

    [Fact]
    public void CoChair_IsATitle() =>
        Assert.Equal(["Dana Whitcombe"], SpeakersOf("Human Relations Commission Co-chair Dana Whitcombe said the ordinance protects residents."));

    [Fact]
    public void ARelativeClauseAfterAnInvertedVerb_IsAboutTheNameNotItsSpeaker()
    {
        Assert.Empty(SpeakersOf("“This isn’t compassion, it’s betrayal,” say critics who feel that Whitcombe puts politics first."));

        // Lower-case role words before the name still lead to it.
        Assert.Equal(["Jo Tate"], SpeakersOf("“We will not hold anyone,” said sheriff's Lt. Jo Tate."));
    }

    [Fact]
    public void SoundingOff_ReportsAView() =>
        Assert.Equal(["Dayton Sheriffs' Association"],
            SpeakersOf("The Dayton Sheriffs' Association is sounding off about a new state policy it says makes communities less safe."));

    [Fact]
    public void AKnownBodysMisspeltName_IsStillThatBody() =>
        Assert.Equal(["Illinois Coalition for Immigrant and Refugee Rights"],
            SpeakersOf("The Illinois Coalition for Immigration and Refugee Rights said the bill protects families."));
}
