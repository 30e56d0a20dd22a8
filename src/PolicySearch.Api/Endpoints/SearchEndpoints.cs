using Microsoft.AspNetCore.Http.HttpResults;
using PolicySearch.Api.Contracts;
using PolicySearch.Api.Hosting;

namespace PolicySearch.Api.Endpoints;

/// <summary>Routes for searching: ranked, highlighted, faceted hits.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/search", Search)
            .WithName("Search")
            .WithSummary("Search paragraphs")
            .WithDescription("BM25-ranked paragraphs with highlights and multi-select (drill-sideways) facet counts.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    public static Ok<SearchResponse> Search([AsParameters] SearchParameters parameters, [AsParameters] DateParameters dates, IndexHolder holder) =>
        TypedResults.Ok(WorkbenchEndpoints.Decorate(SearchResponse.From(holder.Index.Engine.Search(dates.Apply(parameters.ToRequest()))), holder));
}
