using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PolicySearch.Api.Errors;
using PolicySearch.Core;

namespace PolicySearch.Api.Limits;

/// <summary>
/// Turns away a request that is too large (URL, parameters, headers) or whose path holds a control character,
/// before any work, with a problem that says which limit it passed. These are the service's limits of
/// <see cref="LimitsOptions"/>; Kestrel's higher ceilings only cut off what would never fit.
/// </summary>
public sealed class RequestSizeGuard(RequestDelegate next, IOptions<LimitsOptions> options)
{
    private readonly LimitsOptions _limits = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        CheckUrl(context);
        CheckHeaders(context.Request.Headers);
        CheckPath(context.Request.Path);
        CheckParameterCount(context.Request.Query);
        return next(context);
    }

    private void CheckUrl(HttpContext context)
    {
        // The target as sent; a host without one (the in-memory test server) is measured from the parsed parts.
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var length = string.IsNullOrEmpty(raw)
            ? context.Request.PathBase.ToUriComponent().Length + context.Request.Path.ToUriComponent().Length + (context.Request.QueryString.Value?.Length ?? 0)
            : raw.Length;
        if (length > _limits.MaxUrlLength)
        {
            throw new PolicySearchException(EdgeErrorCodes.UrlTooLong, Invariant(
                $"The URL is {length:N0} characters long; the limit is {_limits.MaxUrlLength:N0}. Shorten the query or select fewer filter values."));
        }
    }

    private void CheckHeaders(IHeaderDictionary headers)
    {
        if (headers.Count > _limits.MaxHeaderCount)
        {
            throw new PolicySearchException(EdgeErrorCodes.HeadersTooLarge, Invariant(
                $"The request has {headers.Count:N0} headers; the limit is {_limits.MaxHeaderCount:N0}."));
        }

        var size = 0;
        foreach (var (name, values) in headers)
        {
            size += name.Length;
            foreach (var value in values)
            {
                size += value?.Length ?? 0;
            }
        }

        if (size > _limits.MaxHeadersTotalSize)
        {
            throw new PolicySearchException(EdgeErrorCodes.HeadersTooLarge, Invariant(
                $"The request's headers hold {size:N0} characters; the limit is {_limits.MaxHeadersTotalSize:N0}."));
        }
    }

    /// <summary>No id or route has a control character, and one (a %01 in a passage id) is no use to look up.</summary>
    private static void CheckPath(PathString path)
    {
        var value = path.Value.AsSpan();
        if (value.IndexOfAnyInRange('\u0000', '\u001f') >= 0 || value.Contains('\u007f'))
        {
            throw new PolicySearchException(EdgeErrorCodes.InvalidPath, "The URL's path holds a control character; ids and routes never do.");
        }
    }

    private void CheckParameterCount(IQueryCollection query)
    {
        var count = 0;
        foreach (var (_, values) in query)
        {
            count += values.Count;
        }

        if (count > _limits.MaxQueryParameters)
        {
            throw new PolicySearchException(EdgeErrorCodes.TooManyParameters, Invariant(
                $"The query string has {count:N0} parameters; the limit is {_limits.MaxQueryParameters:N0}. Select fewer filter values."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
