using PolicySearch.Benchmarks.Queries;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>Everything measured for one query of the mix over the timed passes.</summary>
internal sealed class QueryMeasurement(BenchQuery query)
{
    public BenchQuery Query { get; } = query;

    /// <summary>Wall time of each timed <c>SearchEngine.Search</c> call, ms, one per pass.</summary>
    public List<double> Samples { get; } = [];

    /// <summary>The engine's own <c>TookMs</c> for the same calls.</summary>
    public List<double> EngineSamples { get; } = [];

    /// <summary>The exact total hits: printed so that a change in matching shows up next to a change in speed.</summary>
    public int? Total { get; set; }

    /// <summary>Set when a pass returned another total than the first: the engine is not deterministic.</summary>
    public bool TotalChanged { get; set; }

    public long AllocatedBytes { get; set; }

    /// <summary>The first failure, if any pass threw.</summary>
    public string? Error { get; set; }

    public double AllocatedKiBPerCall => Samples.Count == 0 ? 0 : AllocatedBytes / 1024.0 / Samples.Count;
}
