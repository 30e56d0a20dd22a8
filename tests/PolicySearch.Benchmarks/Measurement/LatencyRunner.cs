using System.Diagnostics;
using PolicySearch.Benchmarks.Queries;
using PolicySearch.Core.Search;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>
/// Single-threaded latency: the whole mix in order, untimed warm-up passes (at least <c>warmup</c> of them
/// and at least <c>warmupSeconds</c> long: tiered JIT promotes hot methods to optimized code only after
/// enough calls plus a background delay, and on a busy 2-core box 3 passes measured tier-0 code at 3x the
/// steady-state latency), then <c>passes</c> timed ones; every call is the whole job of <see cref="BenchQuery.ToRequest"/>
/// through <see cref="SearchEngine.Search"/>, timed with <see cref="Stopwatch"/> around the call.
/// Each query is also run, right after, as the same request with one hit per page, and once more with one hit
/// and no facet counting: the three see the same machine state, which keeps <see cref="HitCostEstimate"/>'s
/// differences from drowning in noise.
/// </summary>
internal static class LatencyRunner
{
    public static LatencyMeasurements Run(SearchEngine engine, IReadOnlyList<BenchQuery> queries, int warmup, double warmupSeconds, int passes)
    {
        var measurements = new LatencyMeasurements(
            [.. queries.Select(q => new QueryMeasurement(q))],
            [.. queries.Select(q => new QueryMeasurement(q))],
            [.. queries.Select(q => new QueryMeasurement(q))]);
        var fullRequests = queries.Select(q => q.ToRequest()).ToArray();
        SearchRequest[][] requests =
        [
            fullRequests,
            [.. fullRequests.Select(r => r with { PageSize = 1 })],
            [.. fullRequests.Select(r => r with { PageSize = 1, CountFacets = false })],
        ];
        QueryMeasurement[][] into = [[.. measurements.Full], [.. measurements.OneHit], [.. measurements.OneHitNoFacets]];
        var warming = Stopwatch.GetTimestamp();
        while (measurements.WarmupPasses < warmup || Stopwatch.GetElapsedTime(warming).TotalSeconds < warmupSeconds)
        {
            RunPass(engine, requests, into, timed: false);
            measurements.WarmupPasses++;
        }

        for (var pass = 0; pass < passes; pass++)
        {
            RunPass(engine, requests, into, timed: true);
        }

        return measurements;
    }

    private static void RunPass(SearchEngine engine, SearchRequest[][] requests, QueryMeasurement[][] into, bool timed)
    {
        for (var i = 0; i < requests[0].Length; i++)
        {
            for (var variant = 0; variant < requests.Length; variant++)
            {
                Execute(engine, requests[variant][i], into[variant][i], timed);
            }
        }
    }

    /// <summary>Mean over the mix of each timed pass: how much the machine's noise moved one pass against another.</summary>
    public static IReadOnlyList<double> PassMeans(IReadOnlyList<QueryMeasurement> measurements)
    {
        var timed = measurements.Where(m => m.Error is null && m.Samples.Count > 0).ToArray();
        var passes = timed.Length == 0 ? 0 : timed.Min(m => m.Samples.Count);
        return [.. Enumerable.Range(0, passes).Select(p => timed.Average(m => m.Samples[p]))];
    }

    private static void Execute(SearchEngine engine, SearchRequest request, QueryMeasurement measurement, bool timed)
    {
        try
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            var result = engine.Search(request);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            if (measurement.Total is { } total && total != result.Total)
            {
                measurement.TotalChanged = true;
            }

            measurement.Total ??= result.Total;
            if (timed)
            {
                measurement.Samples.Add(elapsed.TotalMilliseconds);
                measurement.EngineSamples.Add(result.TookMs);
                measurement.AllocatedBytes += allocated;
            }
        }
#pragma warning disable CA1031 // A failing query is a measured outcome: record it and go on with the mix.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            measurement.Error ??= $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}

/// <summary>The timed samples of the mix: the whole job, the same with one hit per page, and one hit without facets.</summary>
internal sealed record LatencyMeasurements(
    IReadOnlyList<QueryMeasurement> Full, IReadOnlyList<QueryMeasurement> OneHit, IReadOnlyList<QueryMeasurement> OneHitNoFacets)
{
    public int WarmupPasses { get; set; }
}
