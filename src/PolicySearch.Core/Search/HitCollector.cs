using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicySearch.Core.Search;

/// <summary>
/// The query's one collector: a document passing every facet filter is a hit (counted in the exact total,
/// handed to Lucene's top-N collector for ranking, counted in every dimension); a document failing exactly one
/// filtered dimension is counted in that dimension only, which is the meaning of Lucene.Net.Facet's
/// <c>DrillSideways</c>; the rest are skipped, unscored. Counting reads one <see cref="FacetTable"/> entry per hit
/// instead of Lucene's per-hit doc-values lookups.
/// A caller that shows no facets (the export) skips the counting; the filters apply all the same.
/// </summary>
internal sealed partial class HitCollector : ICollector
{
    private readonly FacetTable _table;
    private readonly FacetFilters _filters;
    private readonly ICollector? _top;
    private readonly bool _countFacets;
    private readonly int[][] _counts;
    private readonly int[] _multiCounts;

    // Hits counted by facet-table key (the single-valued dimensions at once), and per single-valued dimension the
    // keys of documents that missed only that dimension's filter; folded into _counts when first read.
    private readonly int[] _keyCounts;
    private readonly int[]?[] _missedKeyCounts;
    private bool _folded;
    private int _documentBase;

    /// <summary><paramref name="top"/> is Lucene's top-N collector for the hits, or null when no hit is kept (a page past the end).</summary>
    public HitCollector(SearchIndex index, FacetFilters filters, ICollector? top, bool countFacets)
    {
        _table = index.FacetTable;
        _filters = filters;
        _top = top;
        _countFacets = countFacets;
        _counts = [.. index.Facets.Select(column => new int[column.Values.Length])];
        _multiCounts = _table.MultiDimension >= 0 ? _counts[_table.MultiDimension] : [];
        _keyCounts = countFacets ? new int[_table.KeyCount] : [];
        _missedKeyCounts = new int[]?[_counts.Length];
    }

    public int Total { get; private set; }

    /// <summary>Per dimension (in <see cref="FacetNames.All"/> order), counts per value ordinal; read once collection is done.</summary>
    public int[][] Counts
    {
        get
        {
            if (!_folded && _countFacets)
            {
                _folded = true;
                for (var d = 0; d < _counts.Length; d++)
                {
                    if (d != _table.MultiDimension)
                    {
                        _table.Fold(d, _keyCounts, _counts[d]);
                        if (_missedKeyCounts[d] is { } missed)
                        {
                            _table.Fold(d, missed, _counts[d]);
                        }
                    }
                }
            }

            return _counts;
        }
    }

    /// <summary>Whether Lucene may hand documents out of order (counting does not care; the top collector must agree).</summary>
    public bool AcceptsDocsOutOfOrder { get; init; }

    public void SetScorer(Scorer scorer) => _top?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _documentBase = context.DocBase;
        _top?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var document = _documentBase + doc;
        if (Dates is not null && !Dates.Passes(document))
        {
            return;
        }

        var entry = _table.Entry(document);
        var missed = _filters.IsActive ? _filters.MissedDimension(document, entry) : FacetFilters.PassesAll;
        if (missed == FacetFilters.PassesAll)
        {
            Total++;
            _top?.Collect(doc);
            Observer?.OnHit(document);
            if (_countFacets)
            {
                _keyCounts[FacetTable.Key(entry)]++;
                CountMultiValues(document, entry);
            }
        }
        else if (missed >= 0 && _countFacets)
        {
            if (missed == _table.MultiDimension)
            {
                CountMultiValues(document, entry);
            }
            else
            {
                (_missedKeyCounts[missed] ??= new int[_keyCounts.Length])[FacetTable.Key(entry)]++;
            }
        }
    }

    private void CountMultiValues(int document, long entry)
    {
        foreach (var value in _table.MultiValues(document, entry))
        {
            _multiCounts[value]++;
        }
    }
}
