namespace PolicySearch.Core.Search;

/// <summary>Checks a <see cref="SearchRequest"/>'s parameters before any work; the codes are part of the API.</summary>
internal static class RequestValidator
{
    public const string PageCode = "request.page";
    public const string PageSizeCode = "request.page-size";
    public const string FilterCode = "request.filter";
    public const string FilterValueCode = "request.filter-value";

    public static void Validate(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Page < 1)
        {
            throw new PolicySearchException(PageCode, $"page must be 1 or more (got {request.Page}).");
        }

        if (request.PageSize is < 1 or > SearchRequest.MaxPageSize)
        {
            throw new PolicySearchException(PageSizeCode,
                $"pageSize must be between 1 and {SearchRequest.MaxPageSize} (got {request.PageSize}).");
        }

        foreach (var (name, values) in request.Filters)
        {
            if (!FacetNames.IsFacet(name))
            {
                throw new PolicySearchException(FilterCode,
                    $"Unknown filter '{name}': the facets are {string.Join(", ", FacetNames.All)}.");
            }

            // Blank values select nothing and are dropped; a malformed one is a mistake worth saying.
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()))
            {
                if (FacetValueFormat.Expected(name, value) is { } expected)
                {
                    throw new PolicySearchException(FilterValueCode,
                        $"'{value}' is not a value of the {name.ToLowerInvariant()} filter: use {expected}.");
                }
            }
        }
    }
}
