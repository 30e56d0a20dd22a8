using PolicySearch.Core.Search;

namespace PolicySearch.Benchmarks.Queries;

/// <summary>One line of the query mix: id, class (common, topic, rare, or, and, phrase, not, prefix, filter), query, filters.</summary>
internal sealed record BenchQuery(
    string Id,
    string Class,
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters)
{
    /// <summary>The whole job of the Lucene/FTS5 study: page 1 of 10 by relevance, exact total, all facets, highlights.</summary>
    public SearchRequest ToRequest() => new()
    {
        Query = Query,
        Filters = Filters,
        Sort = SortOrder.Relevance,
        Page = 1,
        PageSize = SearchRequest.DefaultPageSize,
    };

    public string FiltersText =>
        string.Join(';', Filters.SelectMany(f => f.Value.Select(v => $"{f.Key}={v}")));
}
