using System.Diagnostics;
using PolicySearch.Core.Querying;
using PolicySearch.Core.Querying.Parsing;

namespace PolicySearch.Core.Search;

/// <summary>One facet's values found by a word prefix, with their drill-sideways counts.</summary>
public sealed record FacetValueList(string Dimension, IReadOnlyList<FacetValue> Values, double TookMs);

/// <summary>
/// The researcher's workbench on top of <see cref="Search"/>: a facet's values by prefix and the matches over time,
/// each computed by the same query and collector as a search (filters, date range, drill-sideways counting), with
/// no page of hits to fetch.
/// </summary>
public sealed partial class SearchEngine
{
    public const int MaxFacetValueLimit = 100;
    public const int DefaultFacetValueLimit = 20;
    private const int MaxPrefixLength = 200;

    /// <summary>
    /// The values of <paramref name="dimension"/> having a word that starts with <paramref name="prefix"/> (folded), with
    /// the counts the search's facets would show (drill-sideways), by count then value; values with no match under the
    /// search are left out unless selected.
    /// </summary>
    /// <exception cref="PolicySearchException">An unknown dimension, a limit out of range, or what <see cref="Search"/> rejects.</exception>
    public FacetValueList FacetValues(SearchRequest request, string dimension, string? prefix, int limit = DefaultFacetValueLimit)
    {
        var clock = Stopwatch.StartNew();
        if (!FacetNames.IsFacet(dimension ?? ""))
        {
            throw new PolicySearchException("request.dimension", $"Unknown facet '{dimension}': the facets are {string.Join(", ", FacetNames.All)}.");
        }

        if (limit is < 1 or > MaxFacetValueLimit)
        {
            throw new PolicySearchException("request.limit", $"'limit' must be a whole number from 1 to {MaxFacetValueLimit}; got {limit}.");
        }

        if (prefix is { Length: > MaxPrefixLength })
        {
            throw new PolicySearchException("request.prefix", $"'prefix' may be at most {MaxPrefixLength} characters long.");
        }

        var d = SearchIndex.FacetIndex(dimension!);
        var (collector, filters) = Collect(request with { CountFacets = true }, observer: null);
        var counts = collector.Counts[d];
        var column = Index.Facets[d];
        var found = Index.FacetWords[d].Find(prefix)
            .Where(ordinal => counts[ordinal] > 0 || filters.IsSelected(d, ordinal))
            .Select(ordinal => ((long)(int.MaxValue - counts[ordinal]) << 32) | (uint)ordinal)
            .Order()
            .Take(limit)
            .Select(key => (int)(key & uint.MaxValue))
            .Select(ordinal => new FacetValue(column.Values[ordinal], counts[ordinal], filters.IsSelected(d, ordinal)))
            .ToList();
        return new FacetValueList(FacetNames.All[d], found, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>The query's matches per period, with every content paragraph per period, in the corpus's dated span narrowed by the request's range.</summary>
    /// <exception cref="PolicySearchException">What <see cref="Search"/> rejects.</exception>
    public TimelineResult Timeline(SearchRequest request, TimelineInterval interval)
    {
        var clock = Stopwatch.StartNew();
        var counter = new TimelineCounter(Index.Dates, interval);
        var (collector, _) = Collect(request with { CountFacets = false }, counter);
        return new TimelineResult(interval, collector.Total, counter.Undated, counter.Periods(request.Dates), clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>Runs the request's query through the collector (filters, date range, facet counts if asked) without keeping hits.</summary>
    private (HitCollector Collector, FacetFilters Filters) Collect(SearchRequest request, IHitObserver? observer)
    {
        RequestValidator.Validate(request);
        var parsed = QueryParser.Parse(request.Query);
        var (filters, query) = FacetFilters.Resolve(Index, request.Filters, parsed);
        var collector = new HitCollector(Index, filters, top: null, request.CountFacets)
        {
            Dates = DateFilter.For(Index, request.Dates),
            Observer = observer,
        };

        // One pass, in order (an observer counts on one thread), through the same cached weight and error mapping as a search.
        ReadingIndex(() => SegmentSearch.Run(
            Index, new QueryCompiler(Index).Compile(query), () => (null, collector), kept: 0, sort: null, parallelMinDocuments: int.MaxValue));
        return (collector, filters);
    }
}
