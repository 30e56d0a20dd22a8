using Microsoft.AspNetCore.Http.HttpResults;
using PolicySearch.Api.Hosting;

namespace PolicySearch.Api.Endpoints;

/// <summary>The operator's view: is the index loaded, and what is in it.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", GetHealth)
            .WithName("Health")
            .WithSummary("200 with index statistics when the index is loaded; 503 otherwise")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    public static Results<Ok<HealthResponse>, ProblemHttpResult> GetHealth(IndexHolder holder)
    {
        if (!holder.IsLoaded)
        {
            return TypedResults.Problem(holder.Problem, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Index unavailable");
        }

        var index = holder.Index;
        var metadata = index.Metadata;
        return TypedResults.Ok(new HealthResponse(
            "ok",
            metadata.SchemaVersion,
            metadata.BuildId,
            metadata.BuiltAt,
            "lucene",
            metadata.Articles,
            metadata.ContentParagraphs,
            metadata.BoilerplateParagraphs,
            metadata.TitleParagraphs,
            metadata.Rejections,
            index.Engine.Index.TermCount,
            Math.Round(index.Engine.Index.EstimateMemoryBytes() / (1024.0 * 1024.0), 2)));
    }
}

/// <summary>Index statistics for /health.</summary>
public sealed record HealthResponse(
    string Status,
    int SchemaVersion,
    string BuildId,
    DateTimeOffset BuiltAt,
    string LoadedFrom,
    int Articles,
    int Paragraphs,
    int BoilerplateParagraphs,
    int TitleParagraphs,
    int RejectedArticles,
    long Terms,
    double IndexMemoryMiB);
