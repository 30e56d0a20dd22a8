using System.ComponentModel;
using System.Globalization;
using PolicySearch.Core;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Contracts;

/// <summary>
/// The query string of <c>/api/search</c> and <c>/api/export</c> (SPEC §4). Numbers and the sort order are
/// taken as text and checked here, so a bad value gets a message that names the parameter and its range
/// rather than a generic binding failure.
/// </summary>
public sealed record SearchParameters(
    [property: Description("The query: terms (OR), +required, -excluded, AND/OR/NOT, \"phrases\", \"phrase\"~N, prefix*, field:value. Empty = all paragraphs.")]
    string? Q,
    [property: Description("Outlet filter; repeat to OR several values.")] string[]? Outlet,
    [property: Description("Year filter; repeat to OR several values.")] string[]? Year,
    [property: Description("Speaker filter (canonical name); repeat to OR several values.")] string[]? Speaker,
    [property: Description("Stance filter: supports, opposes or neutral; repeat to OR several values.")] string[]? Stance,
    [property: Description("relevance (default), newest or oldest.")] string? Sort,
    [property: Description("1-based page number, default 1.")] string? Page,
    [property: Description("Hits per page, 1-100, default 10.")] string? PageSize,
    [property: Description("true to explain each hit's score: BM25 of the text and each ranking boost.")] string? Explain)
{
    /// <exception cref="PolicySearchException">A parameter is out of range or not a number.</exception>
    public SearchRequest ToRequest() => new()
    {
        Query = Q,
        Filters = Filters(),
        Sort = ParseSort(Sort),
        Page = ParseInt(Page, "page", 1, int.MaxValue, 1),
        PageSize = ParseInt(PageSize, "pageSize", 1, SearchRequest.MaxPageSize, SearchRequest.DefaultPageSize),
        Explain = ParseExplain(Explain),
    };

    private static bool ParseExplain(string? explain) => explain?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw new PolicySearchException("request.explain", $"'explain' must be true or false; got '{explain}'."),
    };

    private Dictionary<string, IReadOnlyList<string>> Filters()
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        Add(FacetNames.Outlet, Outlet);
        Add(FacetNames.Year, Year);
        Add(FacetNames.Speaker, Speaker);
        Add(FacetNames.Stance, Stance);
        return filters;

        void Add(string facet, string[]? values)
        {
            var kept = values?.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value.Trim()).Distinct(StringComparer.Ordinal).ToArray();
            if (kept is { Length: > 0 })
            {
                filters[facet] = kept;
            }
        }
    }

    private static SortOrder ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relevance" => SortOrder.Relevance,
        "newest" => SortOrder.Newest,
        "oldest" => SortOrder.Oldest,
        _ => throw new PolicySearchException("request.sort", $"Unknown sort '{sort}': use relevance, newest or oldest."),
    };

    private static int ParseInt(string? text, string name, int min, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            var range = max == int.MaxValue ? $"a whole number of at least {min}" : $"a whole number from {min} to {max}";
            throw new PolicySearchException($"request.{ToKebab(name)}", $"'{name}' must be {range}; got '{text}'.");
        }

        return value;
    }

    private static string ToKebab(string name) => name == "pageSize" ? "page-size" : name;
}
