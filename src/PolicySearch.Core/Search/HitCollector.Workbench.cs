namespace PolicySearch.Core.Search;

/// <summary>What the researcher's workbench adds to the query's collector: the date range and a per-hit observer.</summary>
internal sealed partial class HitCollector
{
    /// <summary>The date range: a document outside it is neither a hit nor counted anywhere (null = no range).</summary>
    public DateFilter? Dates { get; init; }

    /// <summary>Sees every hit (a document passing every filter), by its index-wide document id; the timeline counts with it.</summary>
    public IHitObserver? Observer { get; init; }
}

/// <summary>Told of every hit of a query by <see cref="HitCollector"/>.</summary>
internal interface IHitObserver
{
    void OnHit(int document);
}
