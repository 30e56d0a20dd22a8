using System.Diagnostics;
using System.Text.Json.Nodes;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>What one index build cost and produced.</summary>
internal sealed record BuildMeasurement(
    double Seconds,
    double AnalysisSeconds,
    double WriteSeconds,
    double ProcessSeconds,
    double? PeakRssMiB,
    double AllocatedGiB,
    double GcPauseSeconds,
    double JitSeconds,
    int JitMethods,
    int ArticlesRead,
    int ArticlesIndexed,
    int ArticlesRejected,
    int ParagraphsIndexed,
    int ParagraphsBoilerplate,
    int ParagraphsTitle);

/// <summary>
/// The index build through the product's own <see cref="IndexBuilder"/> (read, analyse, SQLite, Lucene),
/// in a child process: <c>Seconds</c> is <see cref="IndexBuilder.Build"/>'s wall time in the child,
/// <c>ProcessSeconds</c> the child's whole life (runtime start included), and the peak RSS is the
/// child's own VmHWM read just before it exits; the allocated bytes and the time paused for garbage collection are
/// the child's runtime's own counters (GC.GetTotalAllocatedBytes, GC.GetTotalPauseDuration), which move much less with
/// the host's speed than the times do. The time its threads spent compiling methods, and how many, come from
/// System.Runtime.JitInfo; they are a fixed cost that weighs on a small build: ~1.2-1.7 thread-s of a 100k build's ~10 on
/// 2026-12-03, a fifth of it compiled regexes (see <see cref="JitProfile"/>).
/// </summary>
internal static class BuildStep
{
    public const string Command = "build";

    /// <summary>
    /// The runtime settings of the product's Indexer (<c>ServerGarbageCollection</c>, <c>TieredCompilationQuickJit</c> and <c>TieredPGO</c>
    /// in src/PolicySearch.Indexer/PolicySearch.Indexer.csproj, and the runtime's default concurrent GC), so the child
    /// builds as `PolicySearch.Indexer` does; this harness itself keeps workstation, non-concurrent GC for the latency
    /// figures, and a child given no setting would take those from the harness's runtimeconfig (until 2026-12-03 the
    /// build child ran without concurrent GC that way; four paired 100k builds measured no difference).
    /// </summary>
    private static readonly Dictionary<string, string> IndexerRuntimeSettings = new()
    {
        ["DOTNET_gcServer"] = "1",
        ["DOTNET_gcConcurrent"] = "1",
        ["DOTNET_TC_QuickJit"] = "0",
        ["DOTNET_TieredPGO"] = "0",
    };

    public static BuildMeasurement Measure(string input, string index)
    {
        var started = Stopwatch.GetTimestamp();
        var child = SelfProcess.Run(IndexerRuntimeSettings, Command, "--input", input, "--index", index);
        var processSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new BuildMeasurement(
            (double)child["build_s"]!,
            (double)child["build_analysis_s"]!,
            (double)child["build_write_s"]!,
            processSeconds,
            (double?)child["peak_rss_mib"],
            (double)child["allocated_gib"]!,
            (double)child["gc_pause_s"]!,
            (double)child["jit_s"]!,
            (int)child["jit_methods"]!,
            (int)child["articles_read"]!,
            (int)child["articles_indexed"]!,
            (int)child["articles_rejected"]!,
            (int)child["paragraphs_indexed"]!,
            (int)child["paragraphs_boilerplate"]!,
            (int)child["paragraphs_title"]!);
    }

    /// <summary>The child's side: build, then print one JSON line.</summary>
    public static int RunInChild(string input, string index)
    {
        using var allocations = AllocationProfile.StartIfAsked();
        using var compilations = JitProfile.StartIfAsked();
        var started = Stopwatch.GetTimestamp();
        var report = new IndexBuilder().Build(input, index, new StderrProgress());
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        foreach (var rejection in report.Rejections)
        {
            Console.Error.WriteLine($"  rejected: {rejection}");
        }

        var json = new JsonObject
        {
            ["build_s"] = seconds,
            ["build_read_s"] = report.ReadTime.TotalSeconds,
            ["build_analysis_s"] = report.AnalysisTime.TotalSeconds,
            ["build_write_s"] = report.WriteTime.TotalSeconds,
            ["peak_rss_mib"] = ProcessMemory.PeakMiB(),
            ["allocated_gib"] = GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * 1024),
            ["gc_pause_s"] = GC.GetTotalPauseDuration().TotalSeconds,
            ["jit_s"] = System.Runtime.JitInfo.GetCompilationTime().TotalSeconds,
            ["jit_methods"] = System.Runtime.JitInfo.GetCompiledMethodCount(),
            ["articles_read"] = report.ArticlesRead,
            ["articles_indexed"] = report.ArticlesIndexed,
            ["articles_rejected"] = report.ArticlesRejected,
            ["paragraphs_indexed"] = report.ParagraphsIndexed,
            ["paragraphs_boilerplate"] = report.ParagraphsBoilerplate,
            ["paragraphs_title"] = report.ParagraphsTitle,
        };
        Console.WriteLine(json.ToJsonString());
        allocations?.Print();
        compilations?.Print();
        return 0;
    }

    /// <summary>Long builds show progress; on stderr, so that stdout stays one JSON line.</summary>
    private sealed class StderrProgress : IProgress<string>
    {
        public void Report(string value) => Console.Error.WriteLine($"  build: {value}");
    }
}
