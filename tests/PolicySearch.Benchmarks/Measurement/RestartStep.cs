using System.Diagnostics;
using System.Text.Json.Nodes;
using PolicySearch.Benchmarks.Queries;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>What a service restart costs: time to open the index, and the memory it then holds.</summary>
internal sealed record RestartMeasurement(
    double Seconds,
    double? OpenRssMiB,
    double? ServeRssMiB,
    double ManagedMiB,
    int Documents,
    long Terms,
    double EstimatedIndexMiB);

/// <summary>
/// A restart as the service does it, in a fresh child process: <see cref="PolicySearchIndex.Open"/> on the
/// built index (the SQLite database and the Lucene index, whose build ids are compared; the files are in the
/// page cache since the build just wrote them),
/// timed; then RSS after a full GC, once right after opening and once after one pass of the query mix
/// (a serving process has served: lazily loaded structures and pools are in).
/// </summary>
internal static class RestartStep
{
    public const string Command = "open";

    /// <summary>
    /// The Api's GC (Microsoft.NET.Sdk.Web turns server GC on; concurrent GC is the runtime's default; the Api turns
    /// the server GC's dynamic adaptation off), so the memory
    /// figures are the service's. Both are set explicitly: a child started from this harness would otherwise take
    /// the harness's own runtimeconfig, which turns both off for the latency figures.
    /// </summary>
    private static readonly Dictionary<string, string> ApiRuntimeSettings = new()
    {
        ["DOTNET_gcServer"] = "1",
        ["DOTNET_gcConcurrent"] = "1",
        ["DOTNET_GCDynamicAdaptationMode"] = "0", // as PolicySearch.Api.csproj sets it
    };

    public static RestartMeasurement Measure(string index, string queries)
    {
        var child = SelfProcess.Run(ApiRuntimeSettings, Command, "--index", index, "--queries", queries);
        return new RestartMeasurement(
            (double)child["restart_s"]!,
            (double?)child["open_rss_mib"],
            (double?)child["serve_rss_mib"],
            (double)child["managed_mib"]!,
            (int)child["documents"]!,
            (long)child["terms"]!,
            (double)child["index_estimate_mib"]!);
    }

    /// <summary>The child's side: open, measure, print one JSON line.</summary>
    public static int RunInChild(string index, string queries)
    {
        var mix = QueryMix.Load(queries);
        var started = Stopwatch.GetTimestamp();
        using var opened = PolicySearchIndex.Open(index);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        ProcessMemory.CollectFully();
        var openRss = ProcessMemory.CurrentMiB();
        foreach (var query in mix)
        {
            try
            {
                opened.Engine.Search(query.ToRequest());
            }
#pragma warning disable CA1031 // Failures are the latency pass's to report; here only memory matters.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        ProcessMemory.CollectFully();
        var json = new JsonObject
        {
            ["restart_s"] = seconds,
            ["open_rss_mib"] = openRss,
            ["serve_rss_mib"] = ProcessMemory.CurrentMiB(),
            ["managed_mib"] = GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024.0,
            ["documents"] = opened.Engine.Index.DocumentCount,
            ["terms"] = opened.Engine.Index.TermCount,
            ["index_estimate_mib"] = opened.Engine.Index.EstimateMemoryBytes() / 1024.0 / 1024.0,
        };
        Console.WriteLine(json.ToJsonString());
        return 0;
    }
}
