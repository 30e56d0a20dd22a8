using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Search;

/// <summary>A character range of a match in a paragraph's text (UTF-16 offsets, as .NET strings count).</summary>
public readonly record struct MatchSpan(int Start, int Length);

/// <summary>One facet value with its drill-sideways count.</summary>
public sealed record FacetValue(string Value, int Count, bool Selected);

/// <summary>One ranked hit: the stored paragraph, its article, its score and its highlight.</summary>
public sealed record SearchHit(
    ParagraphDocument Document,
    ArticleInfo Article,
    double Score,
    string Highlight,
    IReadOnlyList<MatchSpan> Matches)
{
    /// <summary>The score's parts when the request asked to explain (<see cref="SearchRequest.Explain"/>), else null.</summary>
    public Querying.Relevance.ScoreExplanation? Explanation { get; init; }
}

/// <summary>
/// The answer to a <see cref="SearchRequest"/>: the exact total, one page of hits and the
/// multi-select facet counts for every dimension in <see cref="FacetNames.All"/>.
/// </summary>
public sealed record SearchResult(
    string Query,
    int Total,
    int Page,
    int PageSize,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
