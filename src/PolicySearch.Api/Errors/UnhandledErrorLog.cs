namespace PolicySearch.Api.Errors;

/// <summary>
/// The log line of a 500: since .NET 10 the exception handler middleware stays silent about exceptions an
/// <see cref="Microsoft.AspNetCore.Diagnostics.IExceptionHandler"/> handled, so without this line a bug would
/// reach the user as a trace id that no log mentions.
/// </summary>
internal static partial class UnhandledErrorLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unhandled {ExceptionType} answering {Method} {Path} (traceId {TraceId})")]
    public static partial void Unhandled(ILogger logger, Exception exception, string exceptionType, string method, string path, string traceId);
}
