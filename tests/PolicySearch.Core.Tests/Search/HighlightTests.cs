using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

public class HighlightTests
{
    private static SearchHit Hit(string text, string query) =>
        Assert.Single(TestCorpus.Engine(new TestParagraph(text, Speakers: "Bruce Rauner")).Search(query).Hits);

    [Theory]
    [InlineData("Detainers and a detainer.", "detainer", "<mark>Detainers</mark> and a <mark>detainer</mark>.")]
    [InlineData("A detainer warrant, a warrant, a detainer.", "\"detainer warrant\"",
        "A <mark>detainer warrant</mark>, a warrant, a detainer.")]
    [InlineData("The Trust Act and the act of trust.", "\"trust act\" OR police", "The <mark>Trust Act</mark> and the act of trust.")]
    [InlineData("detained by a detainer", "detain*", "<mark>detained</mark> by a <mark>detainer</mark>")]
    [InlineData("sanctuary city, not the state", "sanctuary -(state AND federal)", "<mark>sanctuary</mark> city, not the state")]
    [InlineData("Rauner signed the warrant", "warrant speaker:\"Bruce Rauner\"", "Rauner signed the <mark>warrant</mark>")]
    [InlineData("judge signed a new warrant today", "\"judge warrant\"~3", "<mark>judge</mark> signed a new <mark>warrant</mark> today")]
    [InlineData("López said “no”", "lopez", "<mark>López</mark> said “no”")] // WebUtility.HtmlEncode also encodes Latin-1 letters
    public void Search_Highlight_MarksWhatMatched(string text, string query, string expected)
    {
        Assert.Equal(expected, Hit(text, query).Highlight);
    }

    [Fact]
    public void Search_Highlight_EscapesEverythingOutsideTheMarks()
    {
        var hit = Hit("<b>warrant</b> & \"quotes\" 'too' <img onerror=alert(1)>", "warrant");

        Assert.Equal("&lt;b&gt;<mark>warrant</mark>&lt;/b&gt; &amp; &quot;quotes&quot; &#x27;too&#x27; &lt;img onerror=alert(1)&gt;", hit.Highlight);
    }

    [Fact]
    public void Search_Matches_AreTheMarkedCharacterRanges()
    {
        const string text = "A detainer warrant, a warrant.";

        var hit = Hit(text, "\"detainer warrant\" OR warrant");

        Assert.Equal(["detainer warrant", "warrant"], hit.Matches.Select(m => text.Substring(m.Start, m.Length)));
    }
}
