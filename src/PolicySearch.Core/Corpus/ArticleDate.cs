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
}
