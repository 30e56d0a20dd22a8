namespace PolicySearch.Core.Search;

/// <summary>
/// The one entry point for reading the index: parse the query, match, rank, count facets, page, highlight.
/// Thread-safe: one engine serves concurrent requests.
/// </summary>
public sealed class SearchEngine(SearchIndex index, IDocumentSource documents)
{
    public SearchIndex Index { get; } = index;

    public IDocumentSource Documents { get; } = documents;

    /// <exception cref="PolicySearchException">Bad query syntax or bad request parameters.</exception>
    public SearchResult Search(SearchRequest request) => throw new NotImplementedException();
}
