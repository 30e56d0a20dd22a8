using System.ComponentModel;
using PolicySearch.Core;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Contracts;

/// <summary>
/// The date range parameters of every search-like endpoint (search, export, facets, timeline), bound beside
/// <see cref="SearchParameters"/>: inclusive, each <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.
/// </summary>
public sealed record DateParameters(
    [property: Description("Only paragraphs dated on or after this date: YYYY, YYYY-MM or YYYY-MM-DD. Undated paragraphs are left out when a range is given.")]
    string? From,
    [property: Description("Only paragraphs dated on or before this date (inclusive): YYYY, YYYY-MM or YYYY-MM-DD.")]
    string? To)
{
    /// <exception cref="PolicySearchException">A malformed date (<c>request.date</c>) or from after to (<c>request.date-range</c>).</exception>
    public SearchRequest Apply(SearchRequest request) => request with { Dates = DateRange.Parse(From, To) };
}
