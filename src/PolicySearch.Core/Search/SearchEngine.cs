using System.Diagnostics;
using Lucene.Net.Search;
using PolicySearch.Core.Querying;
using Occur = Lucene.Net.Search.Occur;
using PolicySearch.Core.Querying.Parsing;
using PolicySearch.Core.Querying.Relevance;

namespace PolicySearch.Core.Search;

/// <summary>
/// The one entry point for reading the index: parse the query (our language), compile it to Lucene queries,
/// let Lucene match and rank with BM25 while our collector applies the facet filters and counts drill-sideways
/// facets, then fetch and highlight the page's hits. Thread-safe: the searcher is shared and read-only, and every
/// search builds its own collectors and buffers, so one engine serves concurrent requests.
/// </summary>
public sealed partial class SearchEngine(SearchIndex index, IDocumentSource documents)
{
    public SearchIndex Index { get; } = index;

    public IDocumentSource Documents { get; } = documents;

    /// <summary>From how many documents a query's segments are searched side by side (<see cref="SegmentSearch"/>).</summary>
    internal int ParallelSearchMinDocuments { get; init; } = SegmentSearch.DefaultParallelMinDocuments;

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
        var compiled = new QueryCompiler(Index).Compile(query);
        var ranked = RelevanceRanker.Rank(Index, query, request.Query, compiled, request.Relevance ?? RelevanceOptions.Default);
        var outOfOrder = request.Sort == SortOrder.Relevance && IsOrOfTerms(ranked.Matching);
        // With boosts to apply, the best BoostRescorer.Depth hits by BM25 are kept whatever the page, so that every
        // page is cut from the same rescored order.
        var rescore = request.Sort == SortOrder.Relevance && ranked.HasBoosts;
        var kept = keep == 0 ? 0 : rescore ? (int)Math.Min(Math.Max(keep, BoostRescorer.Depth), Index.DocumentCount) : keep;
        var dates = DateFilter.For(Index, request.Dates);
        (ITopDocsCollector? Top, HitCollector Hits) NewCollectors()
        {
            var top = kept == 0 ? null : TopCollector(request.Sort, kept, outOfOrder);
            return (top, new HitCollector(Index, filters, top, request.CountFacets) { AcceptsDocsOutOfOrder = outOfOrder, Dates = dates });
        }

        var found = ReadingIndex(() => SegmentSearch.Run(Index, ranked.Matching, NewCollectors, kept, TopSort(request.Sort), ParallelSearchMinDocuments));

        var highlighter = new Highlighter(parsed);
        if (rescore && found.Top is { ScoreDocs.Length: > 0 } best)
        {
            ranked = ranked.ScaledTo(best.ScoreDocs[0].Score);
        }
        else if (!rescore)
        {
            // No boost was added (a dated sort): the score is the BM25 alone, and so is its explanation.
            ranked = ranked with { Parts = [ranked.Parts[0]] };
        }

        var ranking = found.Top is null ? null : rescore ? BoostRescorer.Rescore(Index, found.Top, ranked.Boosts) : found.Top;
        var hits = new List<SearchHit>();
        for (var i = (int)skip; ranking is not null && i < ranking.ScoreDocs.Length && hits.Count < request.PageSize; i++)
        {
            var hit = ranking.ScoreDocs[i];
            hits.Add(ToSearchHit(hit, highlighter) with
            {
                Explanation = request.Explain ? RelevanceRanker.Explain(Index.Searcher, ranked, hit.Doc, hit.Score) : null,
            });
        }

        var facets = request.CountFacets ? FacetResults.Build(Index, filters, found.Counts) : [];
        return new SearchResult(request.Query ?? "", found.Total, request.Page, request.PageSize,
            clock.Elapsed.TotalMilliseconds, hits, facets);
    }

    /// <summary>Runs <paramref name="search"/>; Lucene's CorruptIndexException and a vanished file are IOExceptions, the index's fault: a 503.</summary>
    private static T ReadingIndex<T>(Func<T> search)
    {
        try
        {
            return search();
        }
        catch (IOException e)
        {
            throw new PolicySearchException(
                Indexing.PolicySearchIndex.UnavailableErrorCode, $"The Lucene index cannot be read ({e.Message}); rebuild the index.", e);
        }
    }

    /// <summary>
    /// Lucene's top-N collectors. Ties fall to the lower document id, which is the database's content order, so equal
    /// scores always rank the same way (the out-of-order collector compares ids too). Dated sorts put undated articles
    /// last either way.
    /// </summary>
    private static ITopDocsCollector TopCollector(SortOrder sort, int keep, bool outOfOrder)
    {
        if (sort == SortOrder.Relevance)
        {
            return TopScoreDocCollector.Create(keep, docsScoredInOrder: !outOfOrder);
        }

        // Fields filled: the segments' top hits are merged by them when segments are searched side by side.
        return TopFieldCollector.Create(TopSort(sort)!, keep, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
    }

    /// <summary>The sort of a dated order (undated articles last either way), or null for relevance.</summary>
    private static Sort? TopSort(SortOrder sort)
    {
        if (sort == SortOrder.Relevance)
        {
            return null;
        }

        var newest = sort == SortOrder.Newest;
        var date = new SortField(IndexFields.Date, SortFieldType.INT64, reverse: newest);
        date.SetMissingValue(newest ? long.MinValue : long.MaxValue);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    /// <summary>
    /// An OR of plain terms may be scored out of document order, a window of documents at a time (Lucene's
    /// <c>BooleanScorer</c>), which visits each posting once instead of merging the terms document by document.
    /// Other shapes stay in order: with exclusions or prefixes the windowed scorer measured slower here
    /// (../shared/research/lucenenet.md, pitfall 5).
    /// </summary>
    private static bool IsOrOfTerms(Query query) =>
        query is Lucene.Net.Search.BooleanQuery { Clauses.Count: > 1 } boolean
        && boolean.Clauses.All(clause => clause.Occur == Occur.SHOULD && clause.Query is Lucene.Net.Search.TermQuery);

    private SearchHit ToSearchHit(ScoreDoc hit, Highlighter highlighter)
    {
        var (document, article) = Documents.GetDocument(hit.Doc);
        var (html, matches) = highlighter.Highlight(document.Text);
        return new SearchHit(document, article, hit.Score, html, matches);
    }
}
