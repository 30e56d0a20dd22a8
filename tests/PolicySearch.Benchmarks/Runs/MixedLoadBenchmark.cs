using System.Globalization;
using System.Text.RegularExpressions;
using PolicySearch.Benchmarks.Cli;
using PolicySearch.Benchmarks.Http;
using PolicySearch.Benchmarks.Report;

namespace PolicySearch.Benchmarks.Runs;

/// <summary>
/// Stability under load (<c>--http-mixed SECONDS</c>): the service started as in the HTTP mode, then wrk at
/// saturation (<c>-t2 -c32</c>) with the valid and hostile request mix of <c>Http/mixed-load.lua</c>, a warm-up
/// with the same mix first. Reports requests/s, responses by status class, socket (connection) errors, latency and
/// the service's resident memory at start, after the warm-up and at the end. Fails on any 5xx, any socket error,
/// a mix that produced no 2xx or no 4xx, or (outside <c>--smoke</c>, whose seconds prove nothing about memory) an
/// end RSS more than <see cref="FlatMemoryMargin"/> above the post-warm-up RSS.
/// </summary>
internal static partial class MixedLoadBenchmark
{
    /// <summary>
    /// "Memory flat": the end RSS at most this fraction above the RSS after the warm-up. The hand-run minute of
    /// 2026-12-07 grew 5% (162 to 170 MiB) and then stayed; a leak of even a few hundred bytes a request would
    /// add far more than 20% over a minute of 15-20k requests a second.
    /// </summary>
    public const double FlatMemoryMargin = 0.20;

    private const int MaxPrintedFiveHundreds = 20;

    public static int Run(BenchmarkOptions options)
    {
        if (!WrkRunner.IsInstalled())
        {
            Console.Error.WriteLine("FAIL: wrk is not installed (Debian: apt-get install -y wrk).");
            return 2;
        }

        var seconds = options.HttpMixedSeconds ?? BenchmarkOptions.DefaultHttpMixedSeconds;
        using var work = WorkArea.Create(options.Work, options.Keep);
        var json = HttpBenchmark.NewFigures(options.Smoke ? "http-mixed-smoke" : "http-mixed");
        try
        {
            var script = Path.Combine(RepoRoot.Find(), "tests", "PolicySearch.Benchmarks", "Http", "mixed-load.lua");
            if (!File.Exists(script))
            {
                throw new FileNotFoundException("The request mix is missing.", script);
            }

            using var server = HttpBenchmark.StartService(options, work, json);
            var rssStart = server.ResidentMiB();
            var url = server.BaseUrl + "/";
            var warmup = options.HttpWarmupSeconds;
            Console.Error.WriteLine($"wrk warm-up ({warmup} s) and run ({seconds} s) with {script} on {server.BaseUrl} ...");
            WrkRunner.WarmUp(url, warmup, script);
            var rssWarm = server.ResidentMiB();
            var stealBefore = CpuSteal.Now();
            var (result, output) = WrkRunner.Run(url, seconds, script);
            var stolen = CpuSteal.PercentBetween(stealBefore, CpuSteal.Now());
            var rssEnd = server.ResidentMiB();
            PrintWrkOutput(output);

            var classes = StatusClasses.Parse(output);
            var growth = rssWarm is > 0 && rssEnd is { } end ? (end - rssWarm.Value) / rssWarm.Value : (double?)null;
            bool? flat = growth is { } g ? g <= FlatMemoryMargin : null;
            var judgeMemory = !options.Smoke;

            json["mixed_seconds"] = seconds;
            json["mixed_warmup_s"] = warmup;
            json["mixed_rps"] = JsonFigures.Round(result.RequestsPerSecond, 1);
            json["mixed_requests"] = result.Requests;
            json["mixed_2xx"] = classes.TwoXx;
            json["mixed_3xx"] = classes.ThreeXx;
            json["mixed_4xx"] = classes.FourXx;
            json["mixed_5xx"] = classes.FiveXx;
            json["mixed_socket_errors"] = result.SocketErrors;
            json["mixed_p50_ms"] = JsonFigures.Round(result.P50Ms);
            json["mixed_p99_ms"] = JsonFigures.Round(result.P99Ms);
            json["rss_start_mib"] = JsonFigures.Round(rssStart, 1);
            json["rss_warm_mib"] = JsonFigures.Round(rssWarm, 1);
            json["rss_end_mib"] = JsonFigures.Round(rssEnd, 1);
            json["rss_growth_pct"] = JsonFigures.Round(growth * 100, 1);
            json["memory_flat"] = flat;
            json["memory_flat_margin_pct"] = FlatMemoryMargin * 100;
            json["cpu_stolen_pct"] = JsonFigures.Round(stolen, 1);
            json["wrk"] = $"-t{WrkRunner.Threads} -c{WrkRunner.Connections} -d{seconds}s --latency -s mixed-load.lua";

            Console.Write(new TextTable($"HTTP, valid and hostile mix (wrk on loopback, {seconds} s)", "figure", "value")
                .Add("requests/s", result.RequestsPerSecond)
                .Add("requests", result.Requests)
                .Add("2xx / 3xx / 4xx / 5xx", $"{classes.TwoXx} / {classes.ThreeXx} / {classes.FourXx} / {classes.FiveXx}")
                .Add("connection (socket) errors", result.SocketErrors)
                .Add("latency p50 / p99 (ms)", $"{result.P50Ms:F2} / {result.P99Ms:F2}")
                .Add("service RSS: start / after warm-up / end (MiB)", $"{rssStart:F1} / {rssWarm:F1} / {rssEnd:F1}")
                .Add($"memory flat (end <= warm-up + {FlatMemoryMargin:P0})", flat is null ? "-" : $"{(flat.Value ? "yes" : "NO")} ({growth:+0.0%;-0.0%})" + (judgeMemory ? "" : ", not judged in --smoke"))
                .Add("CPU stolen by the host during the run (%)", stolen)
                .Add("load average before the run", json["load_average"]?.ToString()));

            var problems = new List<string>();
            if (result.Requests == 0)
            {
                problems.Add("no request completed");
            }

            if (classes.FiveXx > 0)
            {
                problems.Add($"{classes.FiveXx} responses 5xx");
            }

            if (result.SocketErrors > 0)
            {
                problems.Add($"{result.SocketErrors} socket errors");
            }

            if (classes.TwoXx == 0 || classes.FourXx == 0)
            {
                problems.Add("the mix produced no 2xx or no 4xx: it did not reach the service as meant");
            }

            if (judgeMemory && flat is false)
            {
                problems.Add($"resident memory grew {growth:P1} after the warm-up (margin {FlatMemoryMargin:P0})");
            }

            json["ok"] = problems.Count == 0;
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"FAIL: {problem}");
            }

            Console.WriteLine(JsonFigures.ToLine(json));
            return problems.Count == 0 ? 0 : 1;
        }
#pragma warning disable CA1031 // Any failure ends the run with a message, a JSON line saying so and exit code 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return JsonFigures.Failed(json, ex);
        }
    }

    /// <summary>wrk's output, with the script's per-response "5xx" lines cut to the first few and counted.</summary>
    private static void PrintWrkOutput(string output)
    {
        var fiveHundreds = 0;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("5xx ", StringComparison.Ordinal) && ++fiveHundreds > MaxPrintedFiveHundreds)
            {
                continue;
            }

            Console.WriteLine(line);
        }

        if (fiveHundreds > MaxPrintedFiveHundreds)
        {
            Console.WriteLine($"({fiveHundreds - MaxPrintedFiveHundreds} more 5xx lines not shown)");
        }
    }

    /// <summary>The script's "status classes 1xx N 2xx N 3xx N 4xx N 5xx N" line, summed over wrk's threads.</summary>
    private sealed partial record StatusClasses(long TwoXx, long ThreeXx, long FourXx, long FiveXx)
    {
        public static StatusClasses Parse(string output)
        {
            var match = Line().Match(output);
            if (!match.Success)
            {
                throw new FormatException("wrk output has no 'status classes' line (is Http/mixed-load.lua the script?).");
            }

            long Count(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
            return new StatusClasses(Count("c2"), Count("c3"), Count("c4"), Count("c5"));
        }

        [GeneratedRegex(@"status classes 1xx \d+ 2xx (?<c2>\d+) 3xx (?<c3>\d+) 4xx (?<c4>\d+) 5xx (?<c5>\d+)")]
        private static partial Regex Line();
    }
}
