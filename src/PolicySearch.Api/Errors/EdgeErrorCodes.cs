namespace PolicySearch.Api.Errors;

/// <summary>
/// The codes of the errors the HTTP edge raises itself (the core's codes live beside the core's checks). Each
/// one is part of the API, listed in the README. <see cref="ForStatus"/> gives a code to a problem that has none,
/// such as ASP.NET's own 404 for an unknown route or 405 for a POST, so that every problem carries one.
/// </summary>
public static class EdgeErrorCodes
{
    public const string UrlTooLong = "request.url-too-long";
    public const string HeadersTooLarge = "request.headers-too-large";
    public const string TooManyParameters = "request.too-many-parameters";
    public const string DuplicateParameter = "request.duplicate-parameter";
    public const string InvalidEncoding = "request.invalid-encoding";
    public const string InvalidPath = "request.invalid-path";
    public const string RateLimited = "request.rate-limited";
    public const string Timeout = "request.timeout";
    public const string PassageNotFound = "passage.not-found";
    public const string ArticleNotFound = "article.not-found";
    public const string Internal = "internal.error";

    /// <summary>The status of an edge or core code that is not a plain 400.</summary>
    public static int StatusOf(string code) => code switch
    {
        "index.unavailable" => StatusCodes.Status503ServiceUnavailable,
        UrlTooLong => StatusCodes.Status414UriTooLong,
        HeadersTooLarge => StatusCodes.Status431RequestHeaderFieldsTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>The code of a problem raised by the framework rather than by PolicySearch.</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "request.bad-request",
        StatusCodes.Status404NotFound => "request.not-found",
        StatusCodes.Status405MethodNotAllowed => "request.method-not-allowed",
        StatusCodes.Status406NotAcceptable => "request.not-acceptable",
        StatusCodes.Status413PayloadTooLarge => "request.too-large",
        StatusCodes.Status414UriTooLong => UrlTooLong,
        StatusCodes.Status415UnsupportedMediaType => "request.unsupported-media-type",
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status431RequestHeaderFieldsTooLarge => HeadersTooLarge,
        StatusCodes.Status500InternalServerError => Internal,
        StatusCodes.Status503ServiceUnavailable => "service.unavailable",
        StatusCodes.Status504GatewayTimeout => Timeout,
        _ => $"http.{status}",
    };
}
