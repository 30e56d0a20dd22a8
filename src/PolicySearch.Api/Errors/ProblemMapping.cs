using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Core;
using PolicySearch.Core.Querying.Parsing;

namespace PolicySearch.Api.Errors;

/// <summary>
/// The one place where errors become HTTP: core exceptions carry a code (and, for query syntax, a position);
/// here they turn into RFC 9457 problem details with a 4xx status and a readable detail. Anything else is a
/// bug: it is logged with the request's path and trace id and answered 500 without internals, carrying the
/// same trace id so that a user's report leads to the log line.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problemDetails, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            QuerySyntaxException syntax => Problem(StatusCodes.Status400BadRequest, "Query syntax error", syntax, syntax.Position),
            PolicySearchException core => Problem(EdgeErrorCodes.StatusOf(core.Code), TitleOf(core.Code), core, null),
            BadHttpRequestException badRequest => Problems.Create(badRequest.StatusCode, EdgeErrorCodes.ForStatus(badRequest.StatusCode), badRequest.Message, "Bad request"),
            _ => Unhandled(httpContext, exception),
        };

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private ProblemDetails Unhandled(HttpContext httpContext, Exception exception)
    {
        var traceId = TraceId.Of(httpContext);
        UnhandledErrorLog.Unhandled(logger, exception, exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path.Value ?? "", traceId);
        var problem = Problems.Create(StatusCodes.Status500InternalServerError, EdgeErrorCodes.Internal,
            $"The service failed to answer this request. The error has been logged with trace id {traceId}.", "Internal error");
        problem.Extensions["traceId"] = traceId;
        return problem;
    }

    private static string TitleOf(string code) => code switch
    {
        "index.unavailable" => "Index unavailable",
        _ when EdgeErrorCodes.StatusOf(code) == StatusCodes.Status400BadRequest => "Bad request",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(EdgeErrorCodes.StatusOf(code)),
    };

    private static ProblemDetails Problem(int status, string title, PolicySearchException exception, int? position)
    {
        var problem = Problems.Create(status, exception.Code, exception.Message, title);
        if (position is not null)
        {
            problem.Extensions["position"] = position;
        }

        return problem;
    }
}
