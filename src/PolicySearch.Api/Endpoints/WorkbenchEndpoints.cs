using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Api.Contracts;
using PolicySearch.Api.Hosting;
using PolicySearch.Core;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Endpoints;

/// <summary>
/// The researcher's workbench: facet values by prefix (type-ahead over thousands of speakers), matches over time,
/// quotation echoes, and the permalink page of a passage.
/// </summary>
public static class WorkbenchEndpoints
{
    public const string PermalinkPage = "passage.html";

    public static IEndpointRouteBuilder MapWorkbenchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/facets/{dimension}", GetFacetValues)
            .WithName("FacetValues")
            .WithSummary("A facet's values having a word that starts with prefix, with drill-sideways counts")
            .WithDescription("Takes every /api/search parameter plus prefix and limit (1-100, default 20); values by count, then name.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/api/timeline", GetTimeline)
            .WithName("Timeline")
            .WithSummary("Matching paragraphs and all content paragraphs per year or month")
            .WithDescription("Takes every /api/search parameter plus interval=year|month; every period of the range is listed, zeros included.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        routes.MapGet("/api/passages/{id}/echoes", GetEchoes)
            .WithName("Echoes")
            .WithSummary("The other paragraphs that carry the same quotation, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/p/{id}", GetPermalink)
            .WithName("Permalink")
            .WithSummary("The permalink page of a passage (HTML)")
            .ExcludeFromDescription();
        return routes;
    }

    public static Ok<FacetValuesResponse> GetFacetValues(
        string dimension, [AsParameters] SearchParameters parameters, [AsParameters] DateParameters dates,
        [FromQuery] string? prefix, [FromQuery] string? limit, IndexHolder holder)
    {
        var count = ParseLimit(limit);
        var found = holder.Index.Engine.FacetValues(dates.Apply(parameters.ToRequest()), dimension, prefix, count);
        return TypedResults.Ok(new FacetValuesResponse(found.Dimension, prefix, found.Values, Math.Round(found.TookMs, 3), IndexVersion.Of(holder)));
    }

    public static Ok<TimelineResponse> GetTimeline(
        [AsParameters] SearchParameters parameters, [AsParameters] DateParameters dates, [FromQuery] string? interval, IndexHolder holder)
    {
        var parsed = interval?.Trim().ToLowerInvariant() switch
        {
            null or "" or "year" => TimelineInterval.Year,
            "month" => TimelineInterval.Month,
            _ => throw new PolicySearchException("request.interval", $"Unknown interval '{interval}': use year or month."),
        };
        var timeline = holder.Index.Engine.Timeline(dates.Apply(parameters.ToRequest()), parsed);
        return TypedResults.Ok(new TimelineResponse(
            parsed == TimelineInterval.Year ? "year" : "month", timeline.Total, timeline.Undated, timeline.Periods,
            Math.Round(timeline.TookMs, 3), IndexVersion.Of(holder)));
    }

    public static Results<Ok<EchoesResponse>, ProblemHttpResult> GetEchoes(string id, IndexHolder holder)
    {
        var index = holder.Index;
        if (index.Echoes.Summary(id) is null && index.FindPassage(id) is null)
        {
            return TypedResults.Problem(
                $"There is no paragraph '{id}'. Paragraph ids look like '{{articleId}}-{{paragraph}}' and name content paragraphs.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var found = index.Echoes.Find(id, index.Engine.Documents);
        return TypedResults.Ok(new EchoesResponse(found.Id, found.Earliest, found.Quotations, [.. found.Echoes.Select(EchoResponse.From)], IndexVersion.Of(holder)));
    }

    /// <summary>The page itself is static; its script reads the id from the URL and asks the API for the passage.</summary>
    public static IResult GetPermalink(string id, IWebHostEnvironment environment)
    {
        _ = id;
        var page = environment.WebRootFileProvider.GetFileInfo(PermalinkPage);
        return page.Exists ? Results.File(page.CreateReadStream(), "text/html; charset=utf-8") : Results.NotFound();
    }

    /// <summary>The search response with the index version and, per hit, how widely its quotation is echoed.</summary>
    public static SearchResponse Decorate(SearchResponse response, IndexHolder holder)
    {
        ArgumentNullException.ThrowIfNull(response);
        var echoes = holder.Index.Echoes;
        return response with
        {
            IndexVersion = IndexVersion.Of(holder),
            Hits = [.. response.Hits.Select(hit => echoes.Summary(hit.Id) is { } summary ? hit with { Echoes = summary } : hit)],
        };
    }

    private static int ParseLimit(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SearchEngine.DefaultFacetValueLimit;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= SearchEngine.MaxFacetValueLimit
            ? value
            : throw new PolicySearchException("request.limit", $"'limit' must be a whole number from 1 to {SearchEngine.MaxFacetValueLimit}; got '{text}'.");
    }
}
