namespace PolicySearch.Core.Search;

public enum SortOrder
{
    /// <summary>BM25 score descending; ties by document order (stable).</summary>
    Relevance,
    /// <summary>Article date descending; ties by score, then document order.</summary>
    Newest,
    /// <summary>Article date ascending; ties by score, then document order.</summary>
    Oldest,
}
