using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Search;

/// <summary>
/// What a well-formed value of a facet looks like, one rule for the request's filters (<c>year=2017</c>) and the
/// query's fielded clauses (<c>year:2017</c>): a malformed value (<c>year=abc</c>, <c>stance=maybe</c>) is an error,
/// while a well-formed value that no paragraph has (<c>year=1999</c>) simply matches nothing (SPEC §4). Outlets
/// and speakers are names: any text is well-formed.
/// </summary>
public static class FacetValueFormat
{
    public const string ExpectedYear = "a year in digits, e.g. 2017";
    public const string ExpectedStance = "supports, opposes or neutral";

    private static readonly string[] Stances = [StanceNames.Supports, StanceNames.Opposes, StanceNames.Neutral];

    /// <summary>
    /// One to four ASCII digits: the year of a <c>YYYY…</c> date as the year facet lists it (0999 is listed as 999).
    /// </summary>
    public static bool IsYear(string value) => value.Length is >= 1 and <= 4 && value.All(char.IsAsciiDigit);

    /// <summary>A stance name, in any case (facet values match case-insensitively).</summary>
    public static bool IsStance(string value) => Stances.Contains(value, StringComparer.OrdinalIgnoreCase);

    /// <summary>What a value of <paramref name="facet"/> should look like when <paramref name="value"/> is malformed; null when it is fine.</summary>
    public static string? Expected(string facet, string value) => facet.ToLowerInvariant() switch
    {
        FacetNames.Year when !IsYear(value) => ExpectedYear,
        FacetNames.Stance when !IsStance(value) => ExpectedStance,
        _ => null,
    };
}
