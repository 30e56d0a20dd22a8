using PolicySearch.Core.Echoes;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Contracts;

/// <summary>The JSON of <c>/api/facets/{dimension}</c>: a facet's values by word prefix, with drill-sideways counts.</summary>
public sealed record FacetValuesResponse(string Dimension, string? Prefix, IReadOnlyList<FacetValue> Values, double TookMs, string? IndexVersion);

/// <summary>The JSON of <c>/api/timeline</c>: matches and all content paragraphs per period, zeros included.</summary>
public sealed record TimelineResponse(string Interval, int Total, int Undated, IReadOnlyList<TimelinePeriod> Periods, double TookMs, string? IndexVersion);

/// <summary>One paragraph that carries the same quotation.</summary>
public sealed record EchoResponse(
    string Id, string ArticleId, int Paragraph, string Outlet, string? Date, string? Title, string? Url,
    IReadOnlyList<string> Speakers, bool Quoted, bool Earliest, string Text)
{
    public static EchoResponse From(Echo echo) => new(
        echo.Document.Id, echo.Document.ArticleId, echo.Document.Paragraph, echo.Article.Outlet, echo.Article.Date, echo.Article.Title,
        echo.Article.Url, echo.Document.Speakers, echo.Quoted, echo.Earliest, echo.Document.Text);
}

/// <summary>
/// The JSON of <c>/api/passages/{id}/echoes</c>: the other paragraphs carrying the passage's quotations, oldest first;
/// <see cref="Earliest"/> says whether the passage itself is the earliest.
/// </summary>
public sealed record EchoesResponse(string Id, bool Earliest, IReadOnlyList<string> Quotations, IReadOnlyList<EchoResponse> Echoes, string? IndexVersion);
