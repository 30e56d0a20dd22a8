using System.Globalization;

namespace PolicySearch.Core.Search;

/// <summary>
/// An inclusive date range of <c>from</c> / <c>to</c> (each <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, either may be
/// absent), as yyyymmdd bounds: a missing month or day widens <c>from</c> to the first and <c>to</c> to the last
/// (<c>to=2017</c> is 20171231). A paragraph is in the range when its article's whole date lies within it: an article
/// dated <c>2017-08</c> is in <c>2017-08-01..2017-08-31</c> and in <c>2017</c>, not in <c>2017-08-15..2017-12</c>; an
/// undated article is in no range. Containment, not overlap, so that the paragraphs a timeline bar counts are
/// exactly those its from/to finds.
/// </summary>
public sealed record DateRange(int Lower, int Upper)
{
    public const string InvalidCode = "request.date";
    public const string EmptyCode = "request.date-range";

    /// <summary>The range of <paramref name="from"/> and <paramref name="to"/>, or null when both are empty.</summary>
    /// <exception cref="PolicySearchException">A date is malformed (<see cref="InvalidCode"/>) or from is after to (<see cref="EmptyCode"/>).</exception>
    public static DateRange? Parse(string? from, string? to)
    {
        var lower = Bound(from, "from", upper: false);
        var upper = Bound(to, "to", upper: true);
        if (lower is null && upper is null)
        {
            return null;
        }

        var range = new DateRange(lower ?? 0, upper ?? 99991231);
        if (range.Lower > range.Upper)
        {
            throw new PolicySearchException(EmptyCode, $"'from' ({from}) is after 'to' ({to}): the range holds no date.");
        }

        return range;
    }

    /// <summary>True when the article date <paramref name="key"/> (yyyymmdd, missing parts 00) lies within the range.</summary>
    public bool Contains(int key)
    {
        if (key <= 0)
        {
            return false;
        }

        var (first, last) = Span(key);
        return first >= Lower && last <= Upper;
    }

    /// <summary>The first and last day a yyyymmdd key with 00 for unknown parts may mean.</summary>
    internal static (int First, int Last) Span(int key) =>
        key % 100 != 0 ? (key, key)
        : key % 10000 != 0 ? (key + 1, key + 31)
        : (key + 101, key + 1231);

    private static int? Bound(string? text, string name, bool upper)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        int year = 0, month = 0, day = 0;
        var ok = value.Length switch
        {
            4 => Digits(value, 0, 4, out year),
            7 => Digits(value, 0, 4, out year) && value[4] == '-' && Digits(value, 5, 2, out month) && month is >= 1 and <= 12,
            10 => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                  && (year = date.Year) > 0 && (month = date.Month) > 0 && (day = date.Day) > 0,
            _ => false,
        };
        if (!ok || year < 1)
        {
            throw new PolicySearchException(InvalidCode, $"'{name}' must be a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2017-08-28); got '{Shorten(value)}'.");
        }

        return (year * 10000) + (month == 0 ? (upper ? 1231 : 101) : (month * 100) + (day == 0 ? (upper ? 31 : 1) : day));
    }

    private static bool Digits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
