using PolicySearch.Benchmarks.Cli;
using PolicySearch.Benchmarks.Measurement;

namespace PolicySearch.Benchmarks.Runs;

/// <summary>Everything one in-process benchmark run measured, for the report and the smoke checks.</summary>
internal sealed record EngineRun(
    BenchmarkOptions Options,
    string? CorpusPath,
    long? CorpusBytes,
    double? GenerateSeconds,
    BuildMeasurement? Build,
    long IndexBytes,
    RestartMeasurement Restart,
    double InProcessOpenSeconds,
    IReadOnlyList<QueryMeasurement> Latency,
    IReadOnlyList<QueryMeasurement> OneHitLatency,
    IReadOnlyList<QueryMeasurement> OneHitNoFacetsLatency,
    int WarmupPasses,
    ThroughputResult OneThread,
    ThroughputResult TwoThreads,
    double? CpuStolenPercent);
