using PolicySearch.Core.Indexing;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>Searching the segments side by side must answer exactly what one pass over them answers.</summary>
public sealed class SegmentSearchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policysearch-segments-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("sanctuary", SortOrder.Relevance, 1, 10, "")]
    [InlineData("detainer warrant", SortOrder.Relevance, 2, 5, "")]
    [InlineData("police OR ICE", SortOrder.Relevance, 1, 100, "")]
    [InlineData("\"Trust Act\"", SortOrder.Newest, 1, 10, "")]
    [InlineData("", SortOrder.Oldest, 3, 7, "")]
    [InlineData("immigration -Rauner", SortOrder.Relevance, 1, 10, "stance=neutral")]
    [InlineData("said", SortOrder.Relevance, 1, 20, "stance=supports;stance=opposes")]
    public void Search_SegmentsSideBySide_AnswerAsOnePass(string query, SortOrder sort, int page, int pageSize, string filters)
    {
        new IndexBuilder().Build(Path.Combine(AppContext.BaseDirectory, "TestData", "seeds"), _folder);
        using var index = PolicySearchIndex.Open(_folder);
        Assert.True(index.Engine.Index.Reader.Leaves.Count >= 2, "the build writes a segment per core");
        var sequential = new SearchEngine(index.Engine.Index, index.Engine.Documents) { ParallelSearchMinDocuments = int.MaxValue };
        var parallel = new SearchEngine(index.Engine.Index, index.Engine.Documents) { ParallelSearchMinDocuments = 0 };
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

        Assert.True(one.Total > 0);
        Assert.Equal(one.Total, side.Total);
        Assert.Equal(one.Hits.Select(h => (h.Document.Id, h.Score)), side.Hits.Select(h => (h.Document.Id, h.Score)));
        foreach (var facet in FacetNames.All)
        {
            Assert.Equal(one.Facets[facet], side.Facets[facet]);
        }
    }
}
