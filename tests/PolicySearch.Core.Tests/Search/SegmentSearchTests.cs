using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>Searching the segments side by side must answer exactly what one pass over them answers.</summary>
public sealed class SegmentSearchTests
{
    private static readonly string[] Words = ["detainer", "warrant", "sanctuary", "police", "judge", "trust", "immigration", "said"];
    private static readonly string[] Stances = ["supports", "opposes", "neutral"];

    private static readonly SearchEngine ThreeSegments = Generate();

    private static SearchEngine Generate()
    {
        var random = new Random(31);
        return TestCorpus.Engine(Enumerable.Range(0, 900).Select(i => new TestParagraph(
            string.Join(' ', Enumerable.Range(0, random.Next(1, 9)).Select(_ => Words[random.Next(Words.Length)])),
            $"Outlet {random.Next(6)}",
            random.Next(8) == 0 ? null : $"{2015 + random.Next(8)}-0{1 + random.Next(9)}",
            Stances[random.Next(Stances.Length)],
            [.. new[] { "Bruce Rauner", "ICE", "Raymond López" }.Where(_ => random.Next(4) == 0)])), segments: 3);
    }

    [Theory]
    [InlineData("sanctuary", SortOrder.Relevance, 1, 10, "")]
    [InlineData("detainer warrant", SortOrder.Relevance, 2, 5, "")]
    [InlineData("police OR judge", SortOrder.Relevance, 1, 100, "")]
    [InlineData("\"detainer warrant\"", SortOrder.Newest, 1, 10, "")]
    [InlineData("", SortOrder.Oldest, 3, 7, "")]
    [InlineData("immigration -trust", SortOrder.Relevance, 1, 10, "stance=neutral")]
    [InlineData("said", SortOrder.Relevance, 4, 20, "stance=supports;stance=opposes")]
    public void Search_SegmentsSideBySide_AnswerAsOnePass(string query, SortOrder sort, int page, int pageSize, string filters)
    {
        Assert.Equal(3, ThreeSegments.Index.Reader.Leaves.Count);
        var sequential = new SearchEngine(ThreeSegments.Index, ThreeSegments.Documents) { ParallelSearchMinDocuments = int.MaxValue };
        var parallel = new SearchEngine(ThreeSegments.Index, ThreeSegments.Documents) { ParallelSearchMinDocuments = 0 };
        var request = new SearchRequest
        {
            Query = query,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            Filters = filters.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('='))
                .GroupBy(f => f[0]).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(f => f[1])]),
        };

        var one = sequential.Search(request);
        var side = parallel.Search(request);

        Assert.True(one.Total > pageSize, "a query with more hits than a page");
        Assert.Equal(one.Total, side.Total);
        Assert.Equal(one.Hits.Select(h => (h.Document.Id, h.Score)), side.Hits.Select(h => (h.Document.Id, h.Score)));
        foreach (var facet in FacetNames.All)
        {
            Assert.Equal(one.Facets[facet], side.Facets[facet]);
        }
    }
}
