using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Core;
using PolicySearch.Core.Querying.Parsing;

namespace PolicySearch.Api.Errors;

/// <summary>
/// The one place where errors become HTTP: core exceptions carry a code (and, for query syntax, a position);
/// here they turn into RFC 9457 problem details with a 4xx status and a readable detail. Anything else is a
/// bug and gets a 500 without internals.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            QuerySyntaxException syntax => Problem(StatusCodes.Status400BadRequest, "Query syntax error", syntax, syntax.Position),
            PolicySearchException { Code: "index.unavailable" } unavailable =>
                Problem(StatusCodes.Status503ServiceUnavailable, "Index unavailable", unavailable, null),
            PolicySearchException core => Problem(StatusCodes.Status400BadRequest, "Bad request", core, null),
            BadHttpRequestException badRequest => new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "Bad request",
                Detail = badRequest.Message,
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal error",
                Detail = "The service failed to answer this request. The error has been logged.",
            },
        };

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, PolicySearchException exception, int? position)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        problem.Extensions["code"] = exception.Code;
        if (position is not null)
        {
            problem.Extensions["position"] = position;
        }

        return problem;
    }
}
