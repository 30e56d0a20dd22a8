namespace PolicySearch.Core.Search;

/// <summary>The per-document and per-value structures the researcher's workbench reads, built when the index opens.</summary>
public sealed partial class SearchIndex
{
    /// <summary>Every document's article date, for the date range and the timeline.</summary>
    internal DateColumn Dates { get; }

    /// <summary>Per dimension (in <see cref="FacetNames.All"/> order), the folded words of its values, for value search.</summary>
    internal FacetWordIndex[] FacetWords { get; }
}
