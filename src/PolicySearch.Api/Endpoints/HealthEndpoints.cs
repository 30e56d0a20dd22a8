using Microsoft.AspNetCore.Http.HttpResults;
using PolicySearch.Api.Hosting;

namespace PolicySearch.Api.Endpoints;

/// <summary>
/// The operator's view (and the Docker HEALTHCHECK's): 200 only when the index answers — a search, a passage and an
/// article actually read (<see cref="Core.Indexing.PolicySearchIndex.Probe"/>) — with what is in it and which build
/// answered; otherwise 503 with the reason.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", GetHealth)
            .WithName("Health")
            .WithSummary("200 with index statistics when a search, a passage and an article can be read; 503 with the reason otherwise")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    public static Results<Ok<HealthResponse>, ProblemHttpResult> GetHealth(IndexHolder holder)
    {
        Core.Indexing.PolicySearchIndex index;
        try
        {
            index = holder.Index;
        }
        catch (Core.PolicySearchException e)
        {
            return Unavailable(e.Message);
        }

        if (index.Probe() is { } problem)
        {
            return Unavailable($"The index (build {index.Metadata.BuildId}) cannot be read: {problem}");
        }

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
            Math.Round(index.Engine.Index.EstimateMemoryBytes() / (1024.0 * 1024.0), 2),
            metadata.BuildId));
    }

    private static ProblemHttpResult Unavailable(string detail) => TypedResults.Problem(
        detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Index unavailable",
        extensions: new Dictionary<string, object?> { ["code"] = Core.Indexing.PolicySearchIndex.UnavailableErrorCode });
}

/// <summary>
/// Index statistics for /health. <c>indexVersion</c> is the SPEC's name, in every JSON body, for the build that
/// answered; here it equals <c>buildId</c>, the statistic.
/// </summary>
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
    double IndexMemoryMiB,
    string IndexVersion);
