using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Api.Contracts;
using PolicySearch.Api.Hosting;
using PolicySearch.Api.Limits;
using PolicySearch.Core;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Endpoints;

/// <summary>
/// Every match of a search (not just one page) as CSV or JSON Lines, for researchers' own analysis.
/// Rows are streamed page by page in the search's order, up to <see cref="MaxRows"/>; when more matched, the
/// <c>X-PolicySearch-Truncated</c> header says so and <c>X-PolicySearch-Total</c> gives the full count.
/// </summary>
public static class ExportEndpoints
{
    public const int MaxRows = 10_000;

    private static readonly string[] CsvColumns =
        ["id", "articleId", "paragraph", "outlet", "date", "year", "title", "url", "speakers", "stance", "score", "text"];

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/export", Export)
            .WithName("Export")
            .WithSummary("All matches of a search as CSV or JSON Lines")
            .WithDescription($"Same parameters as /api/search (page and pageSize are ignored) plus format=csv|jsonl; at most {MaxRows} rows.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.ExportPolicy)
            .WithRequestTimeout(Timeouts.ExportPolicy);
        return routes;
    }

    public static async Task Export([AsParameters] SearchParameters parameters, [AsParameters] DateParameters dates, [FromQuery] string? format, IndexHolder holder, HttpResponse response, CancellationToken cancellationToken)
    {
        var csv = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "csv" => true,
            "jsonl" => false,
            _ => throw new PolicySearchException("request.format", $"Unknown export format '{format}': use csv or jsonl."),
        };
        var engine = holder.Index.Engine;
        var request = dates.Apply(parameters.ToRequest()) with { Page = 1, PageSize = SearchRequest.MaxPageSize, CountFacets = false, Explain = false };
        var first = engine.Search(request);

        response.ContentType = csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"policysearch-export.{(csv ? "csv" : "jsonl")}\"";
        response.Headers["X-PolicySearch-Total"] = first.Total.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-PolicySearch-Truncated"] = first.Total > MaxRows ? "true" : "false";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false));
        if (csv)
        {
            await writer.WriteLineAsync(string.Join(',', CsvColumns));
        }

        var written = 0;
        for (var pageNumber = 1; written < MaxRows; pageNumber++)
        {
            // The request's deadline (or the client leaving) stops the export between pages.
            cancellationToken.ThrowIfCancellationRequested();
            var page = pageNumber == 1 ? first : engine.Search(request with { Page = pageNumber });
            foreach (var hit in page.Hits.Take(MaxRows - written))
            {
                await writer.WriteLineAsync(csv ? CsvRow(hit) : JsonSerializer.Serialize(HitResponse.From(hit), ApiJsonContext.Default.HitResponse));
                written++;
            }

            if (page.Hits.Count < SearchRequest.MaxPageSize)
            {
                break;
            }
        }
    }

    private static string CsvRow(SearchHit hit) => string.Join(',', new[]
    {
        hit.Document.Id, hit.Document.ArticleId, hit.Document.Paragraph.ToString(CultureInfo.InvariantCulture),
        hit.Article.Outlet, hit.Article.Date, hit.Article.Year?.ToString(CultureInfo.InvariantCulture),
        hit.Article.Title, hit.Article.Url, string.Join("; ", hit.Document.Speakers), hit.Document.Stance,
        hit.Score.ToString("0.####", CultureInfo.InvariantCulture), hit.Document.Text,
    }.Select(CsvField));

    /// <summary>RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes.</summary>
    private static string CsvField(string? value) =>
        value is null ? "" :
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
