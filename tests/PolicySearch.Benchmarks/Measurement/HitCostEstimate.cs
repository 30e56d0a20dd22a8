namespace PolicySearch.Benchmarks.Measurement;

/// <summary>
/// An estimate of the latency split the engine does not report: each query is also timed with one hit per page
/// instead of ten, and with one hit and no facet counting (<see cref="LatencyRunner"/>, interleaved). Per query,
/// from medians (one noisy sample must not make the difference):
/// <c>fetch+highlight = (median10 − median1) × 10/9</c> (the per-hit work: stored paragraph and article, highlight,
/// for 10 hits), <c>facets = median1 − median1,nofacets</c> (counting the four dimensions inside the matching pass,
/// plus building the facet lists), and <c>match+rank = mean10 − both</c> (parse, match, score, exact count, top 10).
/// </summary>
internal sealed record HitCostEstimate(double MatchRankMs, double FacetsMs, double FetchHighlightMs)
{
    /// <summary>Mean split over the given queries; the other variants matched by query id.</summary>
    public static HitCostEstimate Of(
        IEnumerable<QueryMeasurement> full, IReadOnlyList<QueryMeasurement> onePerPage, IReadOnlyList<QueryMeasurement> onePerPageNoFacets)
    {
        var single = onePerPage.ToDictionary(m => m.Query.Id);
        var bare = onePerPageNoFacets.ToDictionary(m => m.Query.Id);
        var triples = full
            .Where(m => m.Samples.Count > 0
                && single.TryGetValue(m.Query.Id, out var one) && one.Samples.Count > 0
                && bare.TryGetValue(m.Query.Id, out var none) && none.Samples.Count > 0)
            .Select(m => (Mean: m.Samples.Average(), Ten: Median(m.Samples), One: Median(single[m.Query.Id].Samples), Bare: Median(bare[m.Query.Id].Samples)))
            .ToArray();
        if (triples.Length == 0)
        {
            return new HitCostEstimate(double.NaN, double.NaN, double.NaN);
        }

        // Clamped to [0, mean]: with few passes on a noisy machine a paired difference can overshoot.
        var hits = triples.Average(p => Math.Clamp((p.Ten - p.One) * 10 / 9, 0, p.Mean));
        var facets = triples.Average(p => Math.Clamp(p.One - p.Bare, 0, p.Mean));
        return new HitCostEstimate(Math.Max(0, triples.Average(p => p.Mean) - hits - facets), facets, hits);
    }

    private static double Median(List<double> samples) => LatencySummary.Of(samples).P50;
}
