using System.Globalization;
using System.Text.Unicode;
using PolicySearch.Api.Errors;
using PolicySearch.Core;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Requests;

/// <summary>
/// Checks the query string of every <c>/api</c> request before binding, where ASP.NET would otherwise guess:
/// a single-valued parameter given twice (<c>q=a&amp;q=b</c>) would be bound as "a,b", and percent-escapes that are
/// not UTF-8 (<c>%FF%FE</c>) would be searched as replacement characters or as the literal escapes. Both are a 400
/// that names the parameter.
/// </summary>
public sealed class QueryStringGuard(RequestDelegate next)
{
    /// <summary>The facet filters are the API's only repeatable parameters (SPEC §4); every other one takes one value.</summary>
    public static IReadOnlyList<string> Repeatable => FacetNames.All;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && context.Request.QueryString.HasValue)
        {
            CheckEncoding(context.Request.QueryString.Value!);
            CheckSingleValues(context.Request.Query);
        }

        return next(context);
    }

    private static void CheckSingleValues(IQueryCollection query)
    {
        foreach (var (name, values) in query)
        {
            if (values.Count > 1 && name.Length > 0 && !Repeatable.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new PolicySearchException(EdgeErrorCodes.DuplicateParameter, string.Create(CultureInfo.InvariantCulture,
                    $"'{name}' was given {values.Count} times; it takes one value. Only {string.Join(", ", Repeatable)} can be repeated."));
            }
        }
    }

    /// <summary>Every name and value of the raw query string, once its percent-escapes are decoded, must be UTF-8.</summary>
    private static void CheckEncoding(string rawQuery)
    {
        foreach (var pair in rawQuery.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            if (!PercentDecodesToUtf8(name))
            {
                throw InvalidEncoding("a parameter name");
            }

            if (equals >= 0 && !PercentDecodesToUtf8(pair.AsSpan(equals + 1)))
            {
                throw InvalidEncoding($"the value of '{Uri.UnescapeDataString(name)}'");
            }
        }
    }

    private static PolicySearchException InvalidEncoding(string what) => new(EdgeErrorCodes.InvalidEncoding,
        $"The query string is not valid UTF-8: {what} has percent-escapes that decode to invalid UTF-8 bytes. Encode text as UTF-8 before percent-encoding it.");

    private static bool PercentDecodesToUtf8(ReadOnlySpan<char> encoded)
    {
        if (!encoded.Contains('%'))
        {
            return true; // no escapes: the characters came through as text already
        }

        // Decoding never lengthens: one byte per character or per escape.
        var bytes = new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length &&
                byte.TryParse(encoded.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var escaped))
            {
                bytes[length++] = escaped;
                i += 2;
            }
            else
            {
                // A literal character is text already; as a byte it only has to break a sequence of escapes it interrupts,
                // which any ASCII byte does. A stray '%' decodes to itself.
                bytes[length++] = encoded[i] < 0x80 ? (byte)encoded[i] : (byte)'?';
            }
        }

        return Utf8.IsValid(bytes.AsSpan(0, length));
    }
}
