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
/// Each query is also run, right after, as the same request with one hit per page: the pair sees the
/// same machine state, which keeps <see cref="HitCostEstimate"/>'s difference from drowning in noise.
/// </summary>
internal static class LatencyRunner
{
    public static (IReadOnlyList<QueryMeasurement> Full, IReadOnlyList<QueryMeasurement> OneHit, int WarmupPasses) Run(
        SearchEngine engine, IReadOnlyList<BenchQuery> queries, int warmup, double warmupSeconds, int passes)
    {
        var full = queries.Select(q => new QueryMeasurement(q)).ToArray();
        var oneHit = queries.Select(q => new QueryMeasurement(q)).ToArray();
        var fullRequests = queries.Select(q => q.ToRequest()).ToArray();
        var oneHitRequests = fullRequests.Select(r => r with { PageSize = 1 }).ToArray();
        var warmupPasses = 0;
        var warming = Stopwatch.GetTimestamp();
        while (warmupPasses < warmup || Stopwatch.GetElapsedTime(warming).TotalSeconds < warmupSeconds)
        {
            RunPass(engine, fullRequests, oneHitRequests, full, oneHit, timed: false);
            warmupPasses++;
        }

        for (var pass = 0; pass < passes; pass++)
        {
            RunPass(engine, fullRequests, oneHitRequests, full, oneHit, timed: true);
        }

        return (full, oneHit, warmupPasses);
    }

    private static void RunPass(SearchEngine engine, SearchRequest[] fullRequests, SearchRequest[] oneHitRequests,
        QueryMeasurement[] full, QueryMeasurement[] oneHit, bool timed)
    {
        for (var i = 0; i < fullRequests.Length; i++)
        {
            Execute(engine, fullRequests[i], full[i], timed);
            Execute(engine, oneHitRequests[i], oneHit[i], timed);
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
