using Microsoft.AspNetCore.Http.HttpResults;
using PolicySearch.Api.Contracts;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Hosting;

namespace PolicySearch.Api.Endpoints;

/// <summary>Routes for reading one passage (with its neighbours) or one article.</summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/passages/{id}", GetPassage)
            .WithName("GetPassage")
            .WithSummary("One paragraph with its article and neighbours")
            .ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/articles/{articleId}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("An article's metadata and content paragraphs")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    public static Results<Ok<PassageResponse>, ProblemHttpResult> GetPassage(string id, IndexHolder holder) =>
        holder.Index.FindPassage(id) is { } passage
            ? TypedResults.Ok(new PassageResponse(
                ParagraphResponse.From(passage.Document),
                passage.Article,
                passage.Previous is null ? null : ParagraphResponse.From(passage.Previous),
                passage.Next is null ? null : ParagraphResponse.From(passage.Next)) { IndexVersion = IndexVersion.Of(holder) })
            : NotFound(EdgeErrorCodes.PassageNotFound, $"There is no paragraph '{id}'. Paragraph ids look like '{{articleId}}-{{paragraph}}' and name content paragraphs.");

    public static Results<Ok<ArticleResponse>, ProblemHttpResult> GetArticle(string articleId, IndexHolder holder) =>
        holder.Index.FindArticle(articleId) is { } article
            ? TypedResults.Ok(new ArticleResponse(article.Article, article.Paragraphs.Select(ParagraphResponse.From).ToList()) { IndexVersion = IndexVersion.Of(holder) })
            : NotFound(EdgeErrorCodes.ArticleNotFound, $"There is no article '{articleId}'.");

    private static ProblemHttpResult NotFound(string code, string detail) =>
        TypedResults.Problem(Problems.Create(StatusCodes.Status404NotFound, code, detail, "Not found"));
}
