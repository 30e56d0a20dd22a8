using System.Globalization;

namespace PolicySearch.Core.Corpus;

/// <summary>The date formats a corpus may use: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c> (SPEC §1).</summary>
internal static class ArticleDate
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public const string Expected = "YYYY-MM-DD, YYYY-MM or YYYY";

    /// <summary>True when <paramref name="value"/> is a real calendar date in one of the accepted precisions.</summary>
    public static bool IsValid(string value) =>
        DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>
    /// The one rule for a date as a corpus gives it: absent, null or blank means "not known", exactly like an
    /// article without a manifest entry (no date, so no year); anything else must be a valid date, or the article
    /// is rejected by name rather than indexed under a year nobody gave it.
    /// </summary>
    /// <returns>False when <paramref name="value"/> is given but malformed; <paramref name="date"/> is then null.</returns>
    public static bool TryRead(string? value, out string? date)
    {
        date = string.IsNullOrWhiteSpace(value) || !IsValid(value) ? null : value;
        return date is not null || string.IsNullOrWhiteSpace(value);
    }
}
