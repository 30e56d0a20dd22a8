namespace PolicySearch.Benchmarks.Measurement;

/// <summary>
/// An estimate of the latency split the engine does not report: each query is also timed with one hit
/// per page instead of ten (<see cref="LatencyRunner"/>, interleaved). Everything but the per-hit work
/// (fetching the stored paragraph and article, highlighting) is the same in both, so per query
/// <c>hits = (median10 − median1) × 10/9</c> ≈ fetch + highlight of 10 hits (medians: one noisy sample
/// must not make the difference), and <c>mean10 − hits</c> ≈ parse + match + rank + exact count + facets
/// (which the core fuses in one pass).
/// </summary>
internal sealed record HitCostEstimate(double MatchRankFacetsMs, double FetchHighlightMs)
{
    /// <summary>Mean split over the given queries; <paramref name="onePerPage"/> matched by query id.</summary>
    public static HitCostEstimate Of(IEnumerable<QueryMeasurement> full, IReadOnlyList<QueryMeasurement> onePerPage)
    {
        var single = onePerPage.ToDictionary(m => m.Query.Id);
        var pairs = full
            .Where(m => m.Samples.Count > 0 && single.TryGetValue(m.Query.Id, out var one) && one.Samples.Count > 0)
            .Select(m => (Mean: m.Samples.Average(), Ten: Median(m.Samples), One: Median(single[m.Query.Id].Samples)))
            .ToArray();
        if (pairs.Length == 0)
        {
            return new HitCostEstimate(double.NaN, double.NaN);
        }

        // Clamped to [0, mean]: with few passes on a noisy machine the paired difference can overshoot.
        var hits = pairs.Average(p => Math.Clamp((p.Ten - p.One) * 10 / 9, 0, p.Mean));
        return new HitCostEstimate(pairs.Average(p => p.Mean) - hits, hits);
    }

    private static double Median(List<double> samples) => LatencySummary.Of(samples).P50;
}
