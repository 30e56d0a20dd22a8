using PolicySearch.Core.Indexing;
using Lucene.Net.Store;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>A paragraph for a test corpus: text plus the facets tests vary.</summary>
internal sealed record TestParagraph(string Text, string Outlet = "Outlet A", string? Date = "2017-08-28",
    string Stance = "neutral", params string[] Speakers);

/// <summary>Builds an index and an engine over a few paragraphs, one article per paragraph.</summary>
internal static class TestCorpus
{
    public static SearchEngine Engine(params TestParagraph[] paragraphs) => Engine(paragraphs.AsEnumerable());

    /// <summary>A Lucene index in memory, written by the product's own index writer (in <paramref name="segments"/> segments).</summary>
    public static SearchEngine Engine(IEnumerable<TestParagraph> paragraphs, int segments = 1)
    {
        var source = new InMemoryDocumentSource();
        var documents = new List<(ParagraphDocument, string?)>();
        var ordinal = 0;
        foreach (var p in paragraphs)
        {
            var articleId = $"a{ordinal:D4}";
            int? year = p.Date is { Length: >= 4 } date ? int.Parse(date[..4]) : null;
            var article = new ArticleInfo(articleId, p.Outlet, p.Date, year, $"Title {ordinal}", null);
            var document = new ParagraphDocument(ParagraphDocument.MakeId(articleId, 0), articleId, 0, p.Text, p.Outlet, year,
                p.Speakers, p.Stance, []);
            documents.Add((document, p.Date));
            Assert.Equal(ordinal, source.Add(document, article));
            ordinal++;
        }

        var directory = new RAMDirectory();
        LuceneIndexWriter.Write(directory, documents, buildId: "test", segments);
        return new SearchEngine(SearchIndex.Open(directory), source);
    }

    public static SearchResult Search(this SearchEngine engine, string? query, SortOrder sort = SortOrder.Relevance,
        int page = 1, int pageSize = 10, params (string Facet, string Value)[] filters) =>
        engine.Search(new SearchRequest
        {
            Query = query,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            Filters = filters.GroupBy(f => f.Facet).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(f => f.Value)]),
        });

    /// <summary>Plain Lucene BM25, every ranking boost off: for the tests of BM25 itself (the boosts have their own, Relevance/).</summary>
    public static SearchResult SearchBm25(this SearchEngine engine, string query, int page = 1, int pageSize = 10) =>
        engine.Search(new SearchRequest { Query = query, Page = page, PageSize = pageSize, Relevance = Core.Querying.Relevance.RelevanceOptions.None });

    /// <summary>The hits' paragraph texts in rank order.</summary>
    public static string[] Texts(this SearchResult result) => [.. result.Hits.Select(h => h.Document.Text)];
}
