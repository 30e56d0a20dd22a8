namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Bodies that speak through their members, their letters and their self-introduced authors, and groups whose name
/// holds someone else's.
/// </summary>
public sealed class SpeakerBodyVoiceTests
{
    private static IReadOnlyList<string> SpeakersOf(params string[] paragraphs) => TestAnalysis.Paragraphs(paragraphs)[^1].Speakers;

    [Fact]
    public void MembersOfABody_SpeakAsTheBody()
    {
        Assert.Equal(["Illinois Sheriffs' Association"], SpeakersOf("Members of the Illinois Sheriffs' Association are sounding the alarm about the policy."));
        Assert.Equal(["Chicago Teachers Union"], SpeakersOf("Leaders of the Chicago Teachers Union said the raids must stop."));
    }

    [Fact]
    public void AGroupNamedAfterAPerson_IsNotThatPerson()
    {
        Assert.Empty(SpeakersOf("Critics of Mayor Jo Lee said the policy failed."));
        Assert.Empty(SpeakersOf("Supporters of Gov. Ann Holt argue the law works."));
    }

    [Fact]
    public void ABodysDatedLetterToAnAddressee_IsTheBodysVoice()
    {
        Assert.Equal(["House Oversight Committee"], SpeakersOf("The House Oversight Committee's April 10 letter to Gov. Ann Holt demanded answers about the policy."));
        Assert.Equal(["Jo Lee"], SpeakersOf("Sheriff Jo Lee's letter to ICE said he would not hold anyone."));
    }

    [Fact]
    public void TheAgency_IsNoCourtNamedBetween()
    {
        Assert.Equal(["U.S. Department of Justice"], SpeakersOf(
            "The U.S. Justice Department on Friday backed two counties in their lawsuits against the state directive.",
            "The agency argues in the statement, filed in U.S. District Court in New Jersey, that the directive is unlawful."));
    }

    [Fact]
    public void ABodyThatPledges_Speaks_APersonPledgingMoneyDoesNot()
    {
        Assert.Equal(["Diocese of Chicago"], SpeakersOf("The Diocese of Chicago has pledged support for immigrants as a sanctuary diocese."));
        Assert.Empty(SpeakersOf("Mayor Jo Lee pledged money for the new park."));
    }

    [Fact]
    public void ABodyMakingAnArgument_Speaks()
    {
        Assert.Equal(["Immigration Reform Law Institute"], SpeakersOf(
            "Also, the Immigration Reform Law Institute makes another argument: the act conflicts with federal law."));
    }

    [Fact]
    public void AuthorsIntroducedAsMembersOfABody_SpeakForIt()
    {
        Assert.Equal(["Organized Communities Against Deportations"], SpeakersOf(
            "As staff and volunteers at Organized Communities Against Deportations (OCAD), we wrote this piece to support organizers."));
        Assert.Empty(SpeakersOf("As a member of the Chicago Teachers Union, I voted against the contract."));
        Assert.Empty(SpeakersOf("As the law requires, we comply with court orders."));
    }
}
