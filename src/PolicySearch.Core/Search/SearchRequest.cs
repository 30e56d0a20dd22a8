namespace PolicySearch.Core.Search;

/// <summary>
/// What a caller asks of <see cref="SearchEngine.Search"/>. <see cref="Query"/> empty or null means
/// "all paragraphs". <see cref="Filters"/> maps a facet name (<see cref="FacetNames"/>) to the values
/// selected for it: values of one facet are OR-ed, facets are AND-ed.
/// </summary>
public sealed record SearchRequest
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    public string? Query { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The ranking boosts (<see cref="Querying.Relevance.RelevanceOptions.Default"/> when null); they change the order only.</summary>
    public Querying.Relevance.RelevanceOptions? Relevance { get; init; }

    /// <summary>True to explain each hit's score by its parts (<see cref="SearchHit.Explanation"/>).</summary>
    public bool Explain { get; init; }

    /// <summary>False for a caller that shows no facet counts (the export): the result's facets are then empty.</summary>
    public bool CountFacets { get; init; } = true;

    /// <summary>Only paragraphs whose article date lies in this range (null = any date, undated included).</summary>
    public DateRange? Dates { get; init; }
}
