using System.Diagnostics;

namespace PolicySearch.Api.Errors;

/// <summary>
/// The request's trace id, by the rule ASP.NET's own problem details writer uses (the W3C activity id, else the
/// connection-scoped identifier), so the id in a log line and the <c>traceId</c> of the response are one value.
/// </summary>
public static class TraceId
{
    public static string Of(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;
}
