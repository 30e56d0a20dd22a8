using System.Diagnostics;
using System.Text.Json.Nodes;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>What one index build cost and produced.</summary>
internal sealed record BuildMeasurement(
    double Seconds,
    double ProcessSeconds,
    double? PeakRssMiB,
    int ArticlesRead,
    int ArticlesIndexed,
    int ArticlesRejected,
    int ParagraphsIndexed,
    int ParagraphsBoilerplate,
    int ParagraphsTitle);

/// <summary>
/// The index build through the product's own <see cref="IndexBuilder"/> (read, analyse, SQLite, snapshot),
/// in a child process: <c>Seconds</c> is <see cref="IndexBuilder.Build"/>'s wall time in the child,
/// <c>ProcessSeconds</c> the child's whole life (runtime start included), and the peak RSS is the
/// child's own VmHWM read just before it exits.
/// </summary>
internal static class BuildStep
{
    public const string Command = "build";

    public static BuildMeasurement Measure(string input, string index)
    {
        var started = Stopwatch.GetTimestamp();
        var child = SelfProcess.Run(Command, "--input", input, "--index", index);
        var processSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new BuildMeasurement(
            (double)child["build_s"]!,
            processSeconds,
            (double?)child["peak_rss_mib"],
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
            ["peak_rss_mib"] = ProcessMemory.PeakMiB(),
            ["articles_read"] = report.ArticlesRead,
            ["articles_indexed"] = report.ArticlesIndexed,
            ["articles_rejected"] = report.ArticlesRejected,
            ["paragraphs_indexed"] = report.ParagraphsIndexed,
            ["paragraphs_boilerplate"] = report.ParagraphsBoilerplate,
            ["paragraphs_title"] = report.ParagraphsTitle,
        };
        Console.WriteLine(json.ToJsonString());
        return 0;
    }

    /// <summary>Long builds show progress; on stderr, so that stdout stays one JSON line.</summary>
    private sealed class StderrProgress : IProgress<string>
    {
        public void Report(string value) => Console.Error.WriteLine($"  build: {value}");
    }
}
