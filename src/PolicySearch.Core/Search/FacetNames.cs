namespace PolicySearch.Core.Search;

/// <summary>The four facet dimensions, as they appear in URLs, JSON and fielded queries.</summary>
public static class FacetNames
{
    public const string Outlet = "outlet";
    public const string Year = "year";
    public const string Speaker = "speaker";
    public const string Stance = "stance";

    public static IReadOnlyList<string> All { get; } = [Outlet, Year, Speaker, Stance];

    public static bool IsFacet(string name) => All.Contains(name, StringComparer.OrdinalIgnoreCase);
}
