using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>A dimension with more values than a response lists: the top values by count, plus every selected one.</summary>
public class FacetCapTests
{
    private const int SpeakerCount = 150;

    // Speaker i speaks in i + 1 paragraphs, so counts are distinct and the top of the list is known.
    private static readonly SearchEngine Engine = TestCorpus.Engine(
        Enumerable.Range(0, SpeakerCount).SelectMany(i => Enumerable.Repeat(new TestParagraph("warrant", Speakers: $"Speaker {i:D3}"), i + 1)));

    [Fact]
    public void Search_ManyValues_ListsTheMostFrequentUpToTheCap()
    {
        var speakers = Engine.Search("warrant").Facets[FacetNames.Speaker];

        Assert.Equal(FacetResults.MaxValuesPerDimension, speakers.Count);
        Assert.Equal(
            Enumerable.Range(0, FacetResults.MaxValuesPerDimension).Select(k => $"Speaker {SpeakerCount - 1 - k:D3}"),
            speakers.Select(v => v.Value));
    }

    [Fact]
    public void Search_SelectedValueBelowTheCap_IsStillListed()
    {
        var speakers = Engine.Search("warrant", filters: (FacetNames.Speaker, "Speaker 000")).Facets[FacetNames.Speaker];

        Assert.Equal(FacetResults.MaxValuesPerDimension + 1, speakers.Count);
        Assert.Equal(new FacetValue("Speaker 000", 1, Selected: true), speakers[^1]);
    }
}
