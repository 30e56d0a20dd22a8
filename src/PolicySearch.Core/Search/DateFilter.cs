namespace PolicySearch.Core.Search;

/// <summary>A <see cref="DateRange"/> over the index's <see cref="DateColumn"/>, as the query's collector applies it.</summary>
internal sealed class DateFilter(DateRange range, int[] keys)
{
    public DateRange Range { get; } = range;

    public bool Passes(int document) => Range.Contains(keys[document]);

    public static DateFilter? For(SearchIndex index, DateRange? range) => range is null ? null : new DateFilter(range, index.Dates.Keys);
}
