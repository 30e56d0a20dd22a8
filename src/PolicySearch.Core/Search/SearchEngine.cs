using System.Diagnostics;
using PolicySearch.Core.Querying.Execution;
using PolicySearch.Core.Querying.Parsing;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Search;

/// <summary>
/// The one entry point for reading the index: parse the query, match, rank, count facets, page, highlight.
/// Thread-safe: the index is immutable and every search builds its own iterators and buffers, so one engine
/// serves concurrent requests.
/// <code>
/// var builder = new SearchIndexBuilder();
/// foreach (var (paragraph, article) in paragraphs) builder.Add(paragraph, article); // ordinals 0, 1, 2…
/// var engine = new SearchEngine(builder.Build(), documents); // documents: stored fields by the same ordinals
/// var result = engine.Search(new SearchRequest { Query = ""detainer warrant"~5 -city", Filters = … });
/// </code>
/// </summary>
public sealed class SearchEngine(SearchIndex index, IDocumentSource documents)
{
    public SearchIndex Index { get; } = index;

    public IDocumentSource Documents { get; } = documents;

    /// <exception cref="PolicySearchException">Bad query syntax (<see cref="QuerySyntaxException"/>) or bad request parameters.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        RequestValidator.Validate(request);
        var parsed = QueryParser.Parse(request.Query);
        var (filters, query) = FacetFilters.Resolve(Index, request.Filters, parsed);

        // Keep only the hits up to the requested page; a page that starts past the last paragraph keeps none
        // (its answer is just the exact total), so a huge page number costs nothing extra.
        var skip = (long)(request.Page - 1) * request.PageSize;
        var keep = skip >= Index.DocumentCount ? 0 : (int)Math.Min(skip + request.PageSize, Index.DocumentCount);
        var top = new TopHits(request.Sort, keep, Index.DateKeys);
        var collector = new HitCollector(Index, filters, top, request.CountFacets);
        var compiler = new QueryCompiler(Index, collector.Accept);
        collector.Collect(compiler.Compile(query));

        var highlighter = new Highlighter(parsed, TermCache.Shared);
        var hits = top.ToRankedArray().Skip((int)Math.Min(skip, int.MaxValue)).Take(request.PageSize)
            .Select(hit => ToSearchHit(hit, highlighter))
            .ToList();
        var facets = request.CountFacets ? FacetResults.Build(Index, filters, collector.Counts) : [];
        return new SearchResult(request.Query ?? "", collector.Total, request.Page, request.PageSize,
            clock.Elapsed.TotalMilliseconds, hits, facets);
    }

    private SearchHit ToSearchHit(RankedHit hit, Highlighter highlighter)
    {
        var (document, article) = Documents.GetDocument(hit.Document);
        var (html, matches) = highlighter.Highlight(document.Text);
        return new SearchHit(document, article, hit.Score, html, matches);
    }
}
