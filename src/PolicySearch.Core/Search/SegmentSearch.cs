using Lucene.Net.Search;

namespace PolicySearch.Core.Search;

/// <summary>
/// Runs one query over the index's segments with a fresh pair of collectors per segment (Lucene's top-N collector and
/// our <see cref="HitCollector"/>), side by side on the cores when the index is large, then merges: totals and facet
/// counts are summed, the top hits merged with <c>TopDocs.Merge</c> (ties fall to the earlier segment, then the
/// lower document: document order, as in one pass). This is what Lucene's <c>IndexSearcher</c> does with an executor
/// for its own top-N searches; it does not for a custom collector, hence this. The index build leaves a segment per
/// core, so a large query's latency is roughly halved on an idle machine.
/// </summary>
internal static class SegmentSearch
{
    /// <summary>Below this many documents a query is too quick for running it on two threads to pay.</summary>
    public const int DefaultParallelMinDocuments = 100_000;

    public sealed record Result(TopDocs? Top, int Total, int[][] Counts);

    public static Result Run(
        SearchIndex index, Query query, Func<(ITopDocsCollector? Top, HitCollector Hits)> newCollectors, int kept, Sort? sort, int parallelMinDocuments)
    {
        var leaves = index.Reader.Leaves;
        var weight = index.Weight(query);
        if (leaves.Count < 2 || index.DocumentCount < parallelMinDocuments)
        {
            var (single, hits) = newCollectors();
            foreach (var leaf in leaves)
            {
                Score(weight, leaf, hits);
            }

            return new Result(single?.GetTopDocs(), hits.Total, hits.Counts);
        }

        var perSegment = new (ITopDocsCollector? Top, HitCollector Hits)[leaves.Count];
        Parallel.For(0, leaves.Count, segment =>
        {
            var collectors = newCollectors();
            Score(weight, leaves[segment], collectors.Hits);
            perSegment[segment] = collectors;
        });

        var counts = perSegment[0].Hits.Counts;
        var total = perSegment[0].Hits.Total;
        for (var segment = 1; segment < perSegment.Length; segment++)
        {
            total += perSegment[segment].Hits.Total;
            var more = perSegment[segment].Hits.Counts;
            for (var d = 0; d < counts.Length; d++)
            {
                for (var value = 0; value < counts[d].Length; value++)
                {
                    counts[d][value] += more[d][value];
                }
            }
        }

        var merged = kept == 0 ? null : TopDocs.Merge(sort, kept, [.. perSegment.Select(collectors => collectors.Top!.GetTopDocs())]);
        return new Result(merged, total, counts);
    }

    /// <summary>What <c>IndexSearcher.Search(Query, Collector)</c> does for one segment.</summary>
    private static void Score(Weight weight, Lucene.Net.Index.AtomicReaderContext leaf, HitCollector hits)
    {
        hits.SetNextReader(leaf);
        weight.GetBulkScorer(leaf, !hits.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(hits);
    }
}
