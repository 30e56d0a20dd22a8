using System.Globalization;

namespace PolicySearch.Core.Search;

/// <summary>The periods of a timeline.</summary>
public enum TimelineInterval
{
    Year,
    Month,
}

/// <summary>One bar: the period (<c>2017</c> or <c>2017-08</c>), the query's matches in it and all content paragraphs in it.</summary>
public sealed record TimelinePeriod(string Period, int Matches, int Paragraphs);

/// <summary>
/// Matches over time: every period from the first to the last (the corpus's dated span, narrowed by the request's
/// date range), zeros included. <see cref="Undated"/> counts matches without a date, which no period holds (and, by
/// month, matches dated by year only).
/// </summary>
public sealed record TimelineResult(TimelineInterval Interval, int Total, int Undated, IReadOnlyList<TimelinePeriod> Periods, double TookMs);

/// <summary>Counts a query's hits per period from the <see cref="DateColumn"/>, as the collector reports them.</summary>
internal sealed class TimelineCounter(DateColumn dates, TimelineInterval interval) : IHitObserver
{
    private readonly int _origin = interval == TimelineInterval.Year ? dates.FirstYear : dates.FirstYear * 12;
    private readonly int[] _matches = new int[interval == TimelineInterval.Year ? dates.YearTotals.Length : dates.MonthTotals.Length];

    public int Undated { get; private set; }

    public void OnHit(int document)
    {
        var key = dates.Keys[document];
        int? period = interval == TimelineInterval.Year ? (key > 0 ? key / 10000 : null) : DateColumn.Month(key);
        if (period is { } p)
        {
            _matches[p - _origin]++;
        }
        else
        {
            Undated++;
        }
    }

    /// <summary>The periods from the corpus's first to its last, narrowed to <paramref name="range"/>.</summary>
    public List<TimelinePeriod> Periods(DateRange? range)
    {
        var totals = interval == TimelineInterval.Year ? dates.YearTotals : dates.MonthTotals;
        var (first, last) = (0, totals.Length - 1);
        if (range is not null)
        {
            var lower = range.Lower <= 0 ? _origin : interval == TimelineInterval.Year ? range.Lower / 10000 : DateColumn.Month(range.Lower) ?? _origin;
            var upper = interval == TimelineInterval.Year ? range.Upper / 10000 : DateColumn.Month(range.Upper) ?? _origin + totals.Length - 1;
            (first, last) = (Math.Max(first, lower - _origin), Math.Min(last, upper - _origin));
        }

        var periods = new List<TimelinePeriod>(Math.Max(0, last - first + 1));
        for (var i = first; i <= last; i++)
        {
            periods.Add(new TimelinePeriod(Name(_origin + i), _matches[i], totals[i]));
        }

        return periods;
    }

    private string Name(int period) => interval == TimelineInterval.Year
        ? period.ToString("D4", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{period / 12:D4}-{(period % 12) + 1:D2}");
}
