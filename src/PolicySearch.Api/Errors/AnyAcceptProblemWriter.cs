using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace PolicySearch.Api.Errors;

/// <summary>
/// Writes a problem as JSON whatever the request's Accept header says. ASP.NET's default writer declines a
/// client that accepts only, say, <c>text/html</c>, and a declined error would leave the exception handler
/// with nothing to send but an empty 500. Registered after the default writer, so it only answers those.
/// </summary>
internal sealed class AnyAcceptProblemWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        context.ProblemDetails.Extensions.TryAdd("traceId", TraceId.Of(context.HttpContext));
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
            context.ProblemDetails, jsonOptions.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
