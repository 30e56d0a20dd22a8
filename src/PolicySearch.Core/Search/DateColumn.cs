using Lucene.Net.Index;

namespace PolicySearch.Core.Search;

/// <summary>
/// Every document's article date as a yyyymmdd key (0 = undated), read once from the <see cref="IndexFields.Date"/>
/// doc values when the index opens, plus the content paragraphs per year and per month that the timeline's shares
/// divide by. The date filter and the timeline read this array from the query's collector, per hit.
/// </summary>
internal sealed class DateColumn
{
    private DateColumn(int[] keys)
    {
        Keys = keys;
        var dated = keys.Where(key => key > 0).ToArray();
        if (dated.Length == 0)
        {
            return;
        }

        (FirstYear, LastYear) = (dated.Min() / 10000, dated.Max() / 10000);
        YearTotals = new int[LastYear - FirstYear + 1];
        MonthTotals = new int[YearTotals.Length * 12];
        foreach (var key in dated)
        {
            YearTotals[(key / 10000) - FirstYear]++;
            if (Month(key) is { } month)
            {
                MonthTotals[month - (FirstYear * 12)]++;
            }
        }
    }

    /// <summary>Per document, its article date as yyyymmdd (missing month or day as 00), or 0 when undated.</summary>
    public int[] Keys { get; }

    /// <summary>The first and last year of a dated document (0 when none is dated).</summary>
    public int FirstYear { get; }

    public int LastYear { get; }

    /// <summary>Content paragraphs per year from <see cref="FirstYear"/>.</summary>
    public int[] YearTotals { get; } = [];

    /// <summary>Content paragraphs per month from January of <see cref="FirstYear"/> (paragraphs dated by year only are in none).</summary>
    public int[] MonthTotals { get; } = [];

    /// <summary>The month number (year × 12 + month − 1) of a key, or null when the key has no month.</summary>
    public static int? Month(int key) =>
        key <= 0 || (key / 100 % 100) is < 1 or > 12 ? null : (key / 10000 * 12) + (key / 100 % 100) - 1;

    public static DateColumn Read(IndexReader reader)
    {
        var keys = new int[reader.MaxDoc];
        var values = MultiDocValues.GetNumericValues(reader, IndexFields.Date);
        var present = MultiDocValues.GetDocsWithField(reader, IndexFields.Date);
        if (values is not null && present is not null)
        {
            for (var doc = 0; doc < keys.Length; doc++)
            {
                if (present.Get(doc))
                {
                    var key = values.Get(doc);
                    keys[doc] = key is > 0 and <= int.MaxValue ? (int)key : 0;
                }
            }
        }

        return new DateColumn(keys);
    }

    public long EstimateMemoryBytes() => (Keys.Length + YearTotals.Length + MonthTotals.Length) * 4L;
}
