using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace PolicySearch.Api.Errors;

/// <summary>
/// Builds and writes the service's problem details (RFC 9457): a status, its reason phrase as the title, a
/// readable detail and a stable <c>code</c>. Code that cannot throw into the exception handler (the rate limiter,
/// the request timeout) writes through here, so its problems look like every other one.
/// </summary>
public static class Problems
{
    public const string CodeKey = "code";

    public static ProblemDetails Create(int status, string code, string detail, string? title = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title ?? ReasonPhrases.GetReasonPhrase(status),
            Detail = detail,
        };
        problem.Extensions[CodeKey] = code;
        return problem;
    }

    /// <summary>Writes <paramref name="problem"/> as the response, with its status.</summary>
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>
    /// Problem details customisation: a problem raised by ASP.NET itself (an unknown route, a wrong method, the
    /// status code pages) gets the code of its status and a detail, so that every problem has both.
    /// </summary>
    public static void AddMissingCodeAndDetail(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var request = context.HttpContext.Request;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Extensions.TryAdd(CodeKey, EdgeErrorCodes.ForStatus(status));
        problem.Detail ??= status switch
        {
            StatusCodes.Status404NotFound => $"Nothing is served at '{request.Path}'. The API's routes are listed in /openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on '{request.Path}': the API answers GET.",
            _ => $"{ReasonPhrases.GetReasonPhrase(status)}.",
        };
    }
}
