using System.Diagnostics;
using PolicySearch.Benchmarks.Queries;
using PolicySearch.Core.Search;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>What a throughput run did: completed searches per second and how many threw.</summary>
internal sealed record ThroughputResult(int Threads, double Seconds, long Completed, long Failed)
{
    public double QueriesPerSecond => Completed / Seconds;
}

/// <summary>
/// Closed-loop throughput: <c>threads</c> threads share one engine (as the service does) and run the
/// mix round and round, each starting at another query, for a bounded time.
/// </summary>
internal static class ThroughputRunner
{
    public static ThroughputResult Run(SearchEngine engine, IReadOnlyList<BenchQuery> queries, int threads, double seconds)
    {
        var requests = queries.Select(q => q.ToRequest()).ToArray();
        var completed = new long[threads];
        var failed = new long[threads];
        using var start = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var next = t * requests.Length / threads;
            start.SignalAndWait();
            var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < until)
            {
                try
                {
                    engine.Search(requests[next]);
                    completed[t]++;
                }
#pragma warning disable CA1031 // Counted and reported; the single-threaded pass names the failing query.
                catch (Exception)
#pragma warning restore CA1031
                {
                    failed[t]++;
                }

                next = (next + 1) % requests.Length;
            }
        })
        { IsBackground = true, Name = $"throughput-{t}" }).ToArray();

        foreach (var worker in workers)
        {
            worker.Start();
        }

        start.SignalAndWait();
        var started = Stopwatch.GetTimestamp();
        foreach (var worker in workers)
        {
            worker.Join();
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new ThroughputResult(threads, elapsed, completed.Sum(), failed.Sum());
    }
}
