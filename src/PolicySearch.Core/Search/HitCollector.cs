using PolicySearch.Core.Querying.Execution;

namespace PolicySearch.Core.Search;

/// <summary>
/// One pass over the query's matches does everything: a document passing every facet filter is a hit
/// (counted in the exact total, scored, offered to the top-k heap, counted in every dimension); a document
/// failing exactly one filtered dimension is counted in that dimension only (drill sideways); the rest are
/// skipped without scoring.
/// </summary>
internal sealed class HitCollector(SearchIndex index, FacetFilters filters, TopHits top)
{
    public int Total { get; private set; }

    /// <summary>Per dimension (in <see cref="FacetNames.All"/> order), counts per value ordinal.</summary>
    public int[][] Counts { get; } = [.. index.Facets.Select(facet => new int[facet.Values.Length])];

    public void Collect(DocIterator matches)
    {
        var facets = index.Facets;
        for (var doc = matches.NextDoc(); doc != DocIterator.NoMoreDocs; doc = matches.NextDoc())
        {
            var missed = filters.IsActive ? filters.MissedDimension(doc) : FacetFilters.PassesAll;
            if (missed == FacetFilters.PassesAll)
            {
                Total++;
                top.Offer(doc, matches.Score());
                for (var d = 0; d < facets.Length; d++)
                {
                    facets[d].Count(doc, Counts[d]);
                }
            }
            else if (missed != FacetFilters.MissesSeveral)
            {
                facets[missed].Count(doc, Counts[missed]);
            }
        }
    }
}
