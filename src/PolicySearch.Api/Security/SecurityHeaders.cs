namespace PolicySearch.Api.Security;

/// <summary>
/// The headers every response carries (SPEC §5): a Content-Security-Policy that lets the page load only the
/// service's own scripts, styles, images and API (no inline script or style, no plugins, no framing; a
/// <c>&lt;base&gt;</c> only to the service itself, which the permalink page at <c>/p/{id}</c> uses to resolve its
/// assets against the site root), no MIME sniffing, no framing for old browsers either, and no referrer, so
/// that a researcher's query in the URL never travels to the outlets the hits link to.
/// Set when the response starts, so that error responses, whose headers the exception handler clears, get them too.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
