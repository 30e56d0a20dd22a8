using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicySearch.Benchmarks.Cli;
using PolicySearch.Benchmarks.Http;
using PolicySearch.Benchmarks.Measurement;
using PolicySearch.Benchmarks.Report;

namespace PolicySearch.Benchmarks.Runs;

/// <summary>
/// HTTP mode: build an index (default: the repository's seeds/), publish and start the service on
/// loopback, check one answer, warm up, then one bounded wrk run on a faceted query.
/// </summary>
internal static class HttpBenchmark
{
    private const double MiB = 1024.0 * 1024.0;

    public static int Run(BenchmarkOptions options)
    {
        if (!WrkRunner.IsInstalled())
        {
            Console.Error.WriteLine("FAIL: wrk is not installed (Debian: apt-get install -y wrk).");
            return 2;
        }

        using var work = WorkArea.Create(options.Work, options.Keep);
        var json = NewFigures(options.Smoke ? "http-smoke" : "http");
        try
        {
            using var server = StartService(options, work, json);
            var url = server.BaseUrl + options.HttpPath;
            json["http_url"] = options.HttpPath;
            json["http_total"] = FetchTotal(url);
            var warmup = options.HttpWarmupSeconds;
            Console.Error.WriteLine($"wrk warm-up ({warmup} s) and run ({options.HttpSeconds} s) on {url} ...");
            WrkRunner.WarmUp(url, warmup);
            var stealBefore = CpuSteal.Now();
            var (result, output) = WrkRunner.Run(url, options.HttpSeconds);
            var stolen = CpuSteal.PercentBetween(stealBefore, CpuSteal.Now());
            Console.Write(output);

            json["http_rps"] = JsonFigures.Round(result.RequestsPerSecond, 1);
            json["http_requests"] = result.Requests;
            json["http_p50_ms"] = JsonFigures.Round(result.P50Ms);
            json["http_p75_ms"] = JsonFigures.Round(result.P75Ms);
            json["http_p90_ms"] = JsonFigures.Round(result.P90Ms);
            json["http_p99_ms"] = JsonFigures.Round(result.P99Ms);
            json["http_errors"] = result.Errors;
            json["http_socket_errors"] = result.SocketErrors;
            json["http_non2xx"] = result.Non2xx;
            json["http_warmup_s"] = warmup;
            json["cpu_stolen_pct"] = JsonFigures.Round(stolen, 1);
            json["wrk"] = $"-t{WrkRunner.Threads} -c{WrkRunner.Connections} -d{options.HttpSeconds}s --latency";

            Console.Write(new TextTable("HTTP (wrk on loopback)", "figure", "value")
                .Add("requests/s", result.RequestsPerSecond)
                .Add("latency p50 / p99 (ms)", $"{result.P50Ms:F2} / {result.P99Ms:F2}")
                .Add("errors (socket + non-2xx)", result.Errors)
                .Add("total hits of the query", (int?)json["http_total"])
                .Add("CPU stolen by the host during the run (%)", stolen));
            Console.Write(Targets.Apply(json));
            Console.WriteLine(JsonFigures.ToLine(json));
            return result.Errors == 0 && result.Requests > 0 ? 0 : 1;
        }
#pragma warning disable CA1031 // Any failure ends the run with a message, a JSON line saying so and exit code 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return JsonFigures.Failed(json, ex);
        }
    }

    /// <summary>The JSON line's first figures: mode, date, machine and its load.</summary>
    internal static JsonObject NewFigures(string mode) => new()
    {
        ["mode"] = mode,
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["machine"] = MachineInfo.Cpu,
        ["cores"] = Environment.ProcessorCount,
        ["load_average"] = MachineInfo.LoadAverage(),
    };

    /// <summary>
    /// Builds the index (the seeds, or <c>--corpus</c>; none with <c>--index</c>), publishes the Api in Release and
    /// starts it on loopback over that index, waiting until <c>/health</c> answers 200. Figures go into <paramref name="json"/>.
    /// </summary>
    internal static ApiServer StartService(BenchmarkOptions options, WorkArea work, JsonObject json)
    {
        var repo = RepoRoot.Find();
        var input = options.Corpus is null ? Path.Combine(repo, "seeds") : Path.GetFullPath(options.Corpus);
        var index = options.Index ?? work.File("index");
        json["corpus"] = Path.GetFileName(input);
        if (options.Index is null)
        {
            Console.Error.WriteLine($"Building the index from {input} ...");
            var build = BuildStep.Measure(input, index);
            json["paragraphs"] = build.ParagraphsIndexed;
            json["build_s"] = JsonFigures.Round(build.Seconds);
            json["build_peak_rss_mib"] = JsonFigures.Round(build.PeakRssMiB, 1);
        }

        json["index_mib"] = JsonFigures.Round(DirectorySize.Bytes(index) / MiB, 2);
        Console.Error.WriteLine("Publishing the Api (Release) ...");
        var dll = ApiServer.Publish(repo, work.File("api"));

        var starting = Stopwatch.GetTimestamp();
        var server = ApiServer.Start(dll, Path.GetFullPath(index));
        try
        {
            server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
        }
        catch
        {
            server.Dispose();
            throw;
        }

        json["http_ready_s"] = JsonFigures.Round(Stopwatch.GetElapsedTime(starting).TotalSeconds);
        return server;
    }

    /// <summary>One request before the load: the URL must answer 200 with a total, or the wrk figures mean nothing.</summary>
    private static int FetchTotal(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = client.GetAsync(new Uri(url)).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("total").GetInt32();
    }
}
