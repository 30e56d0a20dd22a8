namespace PolicySearch.Benchmarks.Measurement;

/// <summary>Percentiles (nearest rank over all samples, as the Lucene/FTS5 study reported them) and mean, in ms.</summary>
internal sealed record LatencySummary(int Count, double P50, double P95, double P99, double Mean, double Max)
{
    public static LatencySummary Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return new LatencySummary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99),
            sorted.Average(), sorted[^1]);
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
