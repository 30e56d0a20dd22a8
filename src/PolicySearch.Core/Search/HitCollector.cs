using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicySearch.Core.Search;

/// <summary>
/// The query's one collector: a document passing every facet filter is a hit (counted in the exact total,
/// handed to Lucene's top-N collector for ranking, counted in every dimension); a document failing exactly one
/// filtered dimension is counted in that dimension only, which is the meaning of Lucene.Net.Facet's
/// <c>DrillSideways</c>; the rest are skipped, unscored. Counting reads the per-document ordinal arrays of
/// <see cref="FacetColumn"/> instead of Lucene's per-hit doc-values lookups (see <see cref="SearchIndex"/>).
/// A caller that shows no facets (the export) skips the counting; the filters apply all the same.
/// </summary>
internal sealed partial class HitCollector : ICollector
{
    private readonly FacetColumn[] _columns;
    private readonly FacetFilters _filters;
    private readonly ICollector? _top;
    private readonly bool _countFacets;
    private int _documentBase;

    /// <summary><paramref name="top"/> is Lucene's top-N collector for the hits, or null when no hit is kept (a page past the end).</summary>
    public HitCollector(SearchIndex index, FacetFilters filters, ICollector? top, bool countFacets)
    {
        _columns = index.Facets;
        _filters = filters;
        _top = top;
        _countFacets = countFacets;
        Counts = [.. _columns.Select(column => new int[column.Values.Length])];
    }

    public int Total { get; private set; }

    /// <summary>Per dimension (in <see cref="FacetNames.All"/> order), counts per value ordinal.</summary>
    public int[][] Counts { get; }

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

        var missed = _filters.IsActive ? _filters.MissedDimension(document) : FacetFilters.PassesAll;
        if (missed == FacetFilters.PassesAll)
        {
            Total++;
            _top?.Collect(doc);
            Observer?.OnHit(document);
            if (_countFacets)
            {
                for (var d = 0; d < _columns.Length; d++)
                {
                    _columns[d].Count(document, Counts[d]);
                }
            }
        }
        else if (missed >= 0 && _countFacets)
        {
            _columns[missed].Count(document, Counts[missed]);
        }
    }
}
