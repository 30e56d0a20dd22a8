using System.Text;
using System.Text.Json.Nodes;
using PolicySearch.Benchmarks.Cli;
using PolicySearch.Benchmarks.Measurement;
using PolicySearch.Benchmarks.Report;

namespace PolicySearch.Benchmarks.Runs;

/// <summary>Renders an <see cref="EngineRun"/> as readable tables and as the final JSON line.</summary>
internal static class EngineReport
{
    private const double MiB = 1024.0 * 1024.0;

    public static string Table(EngineRun run)
    {
        var all = Overall(run);
        var text = new StringBuilder();
        var build = run.Build;
        text.Append(new TextTable("Index", "figure", "value")
            .Add("paragraphs indexed", build?.ParagraphsIndexed ?? run.Restart.Documents)
            .Add("articles indexed / read / rejected", build is null ? null : $"{build.ArticlesIndexed} / {build.ArticlesRead} / {build.ArticlesRejected}")
            .Add("paragraphs boilerplate / title", build is null ? null : $"{build.ParagraphsBoilerplate} / {build.ParagraphsTitle}")
            .Add("corpus (MiB)", run.CorpusBytes / MiB)
            .Add("corpus generation (s)", run.GenerateSeconds)
            .Add("build wall time (s)", build?.Seconds)
            .Add("  of which analysis: kinds, speakers, stance (s)", build?.AnalysisSeconds)
            .Add("  of which SQLite + Lucene index (s)", build?.WriteSeconds)
            .Add("build child process, start to exit (s)", build?.ProcessSeconds)
            .Add("build peak RSS (MiB, child VmHWM)", build?.PeakRssMiB)
            .Add("build allocations (GiB) / paused for GC (s)", build is null ? null : $"{build.AllocatedGiB:F2} / {build.GcPauseSeconds:F2}")
            .Add("build JIT: compiling (thread-s) / methods", build is null ? null : $"{build.JitSeconds:F2} / {build.JitMethods}")
            .Add("index on disk (MiB)", run.IndexBytes / MiB)
            .Add("terms in the dictionary", run.Restart.Terms)
            .Add("facet ordinal arrays in memory (MiB)", run.Restart.EstimatedIndexMiB)
            .Add("restart: Open in a fresh process (s)", run.Restart.Seconds)
            .Add("Open again in this warm process (s)", run.InProcessOpenSeconds)
            .Add("RSS after open + full GC (MiB)", run.Restart.OpenRssMiB)
            .Add("serving RSS after one pass + full GC (MiB)", run.Restart.ServeRssMiB)
            .Add("managed heap after load (MiB)", run.Restart.ManagedMiB));

        var classes = new TextTable($"Latency, one thread, whole job per query ({run.Options.Passes} timed passes after {run.WarmupPasses} warm-up)",
            "class", "queries", "p50 ms", "p95 ms", "p99 ms", "mean ms", "max ms", "engine mean", "~match+rank", "~facets", "~fetch+hl");
        foreach (var group in run.Latency.GroupBy(m => m.Query.Class))
        {
            var s = LatencySummary.Of(group.SelectMany(m => m.Samples));
            var split = HitCostEstimate.Of(group, run.OneHitLatency, run.OneHitNoFacetsLatency);
            classes.Add(group.Key, group.Count(), s.P50, s.P95, s.P99, s.Mean, s.Max,
                LatencySummary.Of(group.SelectMany(m => m.EngineSamples)).Mean, split.MatchRankMs, split.FacetsMs, split.FetchHighlightMs);
        }

        var total = HitCostEstimate.Of(run.Latency, run.OneHitLatency, run.OneHitNoFacetsLatency);
        classes.Add("ALL", run.Latency.Count, all.P50, all.P95, all.P99, all.Mean, all.Max,
            LatencySummary.Of(run.Latency.SelectMany(m => m.EngineSamples)).Mean, total.MatchRankMs, total.FacetsMs, total.FetchHighlightMs);
        var robust = OverQueryMedians(run);
        classes.Add("ALL, per-query medians", run.Latency.Count, robust.P50, robust.P95, robust.P99, robust.Mean, robust.Max);
        text.Append(classes);
        text.AppendLine("engine mean = the engine's own TookMs; ~ = estimated from the same passes run with one hit per page, with and without facets:")
            .AppendLine("~fetch+hl = (median10 - median1) x 10/9 (stored paragraph + article + highlight of 10 hits), ~facets = median1 - median1 without facets,")
            .AppendLine("~match+rank = mean - both (parse, match, score, exact count, top 10).");

        var queries = new TextTable("Per query", "id", "class", "query", "filters", "total hits", "p50 ms", "mean ms", "alloc KiB");
        foreach (var m in run.Latency)
        {
            var s = LatencySummary.Of(m.Samples);
            queries.Add(m.Query.Id, m.Query.Class, m.Query.Query, m.Query.FiltersText, m.Error is null ? m.Total : "ERROR",
                s.P50, s.Mean, m.AllocatedKiBPerCall);
        }

        text.Append(queries);
        var passMeans = LatencyRunner.PassMeans(run.Latency);
        text.Append(new TextTable("Throughput and noise", "figure", "value")
            .Add("q/s, 1 thread", run.OneThread.QueriesPerSecond)
            .Add("q/s, 2 threads", run.TwoThreads.QueriesPerSecond)
            .Add("pass mean, min over passes (ms)", passMeans.Count > 0 ? passMeans.Min() : null)
            .Add("pass mean, max over passes (ms)", passMeans.Count > 0 ? passMeans.Max() : null)
            .Add("allocated per query (KiB)", run.Latency.Average(m => m.AllocatedKiBPerCall))
            .Add("cores / load average", $"{Environment.ProcessorCount} / {MachineInfo.LoadAverage() ?? "-"}")
            .Add("CPU stolen by the host (%)", run.CpuStolenPercent));
        return text.ToString();
    }

    /// <summary>The headline figures over repeated runs: median and min–max.</summary>
    public static string SpreadTable(JsonObject combined)
    {
        var table = new TextTable($"Over {combined["runs"]} runs", "figure", "median", "min", "max");
        foreach (var key in RunMedians.Headline)
        {
            if (combined["spread"]?[key] is JsonArray range)
            {
                table.Add(key, (double?)combined[key], (double?)range[0], (double?)range[1]);
            }
        }

        return table.ToString();
    }

    public static string Json(EngineRun run, IReadOnlyList<string> problems)
    {
        var all = Overall(run);
        var build = run.Build;
        var passMeans = LatencyRunner.PassMeans(run.Latency);
        var json = Header(run.Options);
        json["warmup"] = run.WarmupPasses;
        json["cpu_stolen_pct"] = JsonFigures.Round(run.CpuStolenPercent, 1);
        json["paragraphs"] = build?.ParagraphsIndexed ?? run.Restart.Documents;
        json["articles"] = build?.ArticlesIndexed;
        json["corpus_mib"] = JsonFigures.Round(run.CorpusBytes / MiB, 1);
        json["generate_s"] = JsonFigures.Round(run.GenerateSeconds, 2);
        json["build_s"] = JsonFigures.Round(build?.Seconds, 3);
        json["build_analysis_s"] = JsonFigures.Round(build?.AnalysisSeconds, 3);
        json["build_write_s"] = JsonFigures.Round(build?.WriteSeconds, 3);
        json["build_process_s"] = JsonFigures.Round(build?.ProcessSeconds, 3);
        json["build_peak_rss_mib"] = JsonFigures.Round(build?.PeakRssMiB, 1);
        json["build_allocated_gib"] = JsonFigures.Round(build?.AllocatedGiB, 2);
        json["build_gc_pause_s"] = JsonFigures.Round(build?.GcPauseSeconds, 2);
        json["build_jit_s"] = JsonFigures.Round(build?.JitSeconds, 2);
        json["build_jit_methods"] = build?.JitMethods;
        json["index_mib"] = JsonFigures.Round(run.IndexBytes / MiB, 1);
        json["terms"] = run.Restart.Terms;
        json["index_memory_estimate_mib"] = JsonFigures.Round(run.Restart.EstimatedIndexMiB, 1);
        json["restart_s"] = JsonFigures.Round(run.Restart.Seconds, 3);
        json["restart_warm_s"] = JsonFigures.Round(run.InProcessOpenSeconds, 3);
        json["open_rss_mib"] = JsonFigures.Round(run.Restart.OpenRssMiB, 1);
        json["serve_rss_mib"] = JsonFigures.Round(run.Restart.ServeRssMiB, 1);
        json["managed_mib"] = JsonFigures.Round(run.Restart.ManagedMiB, 1);
        AddLatency(json, all);
        var robust = OverQueryMedians(run);
        json["qmed_p95_ms"] = JsonFigures.Round(robust.P95, 4);
        json["qmed_mean_ms"] = JsonFigures.Round(robust.Mean, 4);
        var split = HitCostEstimate.Of(run.Latency, run.OneHitLatency, run.OneHitNoFacetsLatency);
        json["est_match_rank_ms"] = JsonFigures.Round(split.MatchRankMs, 4);
        json["est_facets_ms"] = JsonFigures.Round(split.FacetsMs, 4);
        json["est_fetch_highlight_ms"] = JsonFigures.Round(split.FetchHighlightMs, 4);
        json["engine_mean_ms"] = JsonFigures.Round(LatencySummary.Of(run.Latency.SelectMany(m => m.EngineSamples)).Mean, 4);
        json["pass_mean_min_ms"] = JsonFigures.Round(passMeans.Count > 0 ? passMeans.Min() : null, 4);
        json["pass_mean_max_ms"] = JsonFigures.Round(passMeans.Count > 0 ? passMeans.Max() : null, 4);
        json["alloc_kib_per_query"] = JsonFigures.Round(run.Latency.Average(m => m.AllocatedKiBPerCall), 1);
        json["qps_1"] = JsonFigures.Round(run.OneThread.QueriesPerSecond, 1);
        json["qps_2"] = JsonFigures.Round(run.TwoThreads.QueriesPerSecond, 1);

        var classes = new JsonObject();
        foreach (var group in run.Latency.GroupBy(m => m.Query.Class))
        {
            var figures = new JsonObject { ["queries"] = group.Count() };
            AddLatency(figures, LatencySummary.Of(group.SelectMany(m => m.Samples)));
            var classSplit = HitCostEstimate.Of(group, run.OneHitLatency, run.OneHitNoFacetsLatency);
            figures["est_match_rank_ms"] = JsonFigures.Round(classSplit.MatchRankMs, 4);
            figures["est_facets_ms"] = JsonFigures.Round(classSplit.FacetsMs, 4);
            figures["est_fetch_highlight_ms"] = JsonFigures.Round(classSplit.FetchHighlightMs, 4);
            classes[group.Key] = figures;
        }

        json["classes"] = classes;
        var queries = new JsonObject();
        foreach (var m in run.Latency)
        {
            var s = LatencySummary.Of(m.Samples);
            var figures = new JsonObject
            {
                ["hits"] = m.Total,
                ["p50_ms"] = JsonFigures.Round(s.P50, 4),
                ["mean_ms"] = JsonFigures.Round(s.Mean, 4),
            };
            if (m.Error is not null)
            {
                figures["error"] = m.Error;
            }

            queries[m.Query.Id] = figures;
        }

        json["queries"] = queries;
        json["failures"] = new JsonArray([.. problems.Select(p => (JsonNode?)p)]);
        return JsonFigures.ToLine(json);
    }

    public static string Failure(BenchmarkOptions options, Exception error)
    {
        var json = Header(options);
        json["error"] = $"{error.GetType().Name}: {error.Message}";
        return JsonFigures.ToLine(json);
    }

    private static JsonObject Header(BenchmarkOptions options) => new()
    {
        ["mode"] = options.Smoke ? "smoke" : "engine",
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["machine"] = MachineInfo.Cpu,
        ["cores"] = Environment.ProcessorCount,
        ["load_average"] = MachineInfo.LoadAverage(),
        ["seed"] = options.Corpus is null && options.Index is null ? options.Seed : null,
        ["corpus"] = options.Corpus is not null ? Path.GetFileName(options.Corpus)
            : options.Index is not null ? $"prebuilt index {options.Index}" : "generated",
        ["warmup"] = options.Warmup,
        ["passes"] = options.Passes,
    };

    private static void AddLatency(JsonObject json, LatencySummary s)
    {
        json["p50_ms"] = JsonFigures.Round(s.P50, 4);
        json["p95_ms"] = JsonFigures.Round(s.P95, 4);
        json["p99_ms"] = JsonFigures.Round(s.P99, 4);
        json["mean_ms"] = JsonFigures.Round(s.Mean, 4);
        json["max_ms"] = JsonFigures.Round(s.Max, 4);
    }

    /// <summary>
    /// Percentiles over each query's median across passes: a preempted sample (a 4–10 ms time slice lost
    /// to another process on a shared 2-core box) cannot move them, so they show the engine, where the
    /// issue's all-sample p95 may show the machine. Reported beside, never instead of, the real figures.
    /// </summary>
    private static LatencySummary OverQueryMedians(EngineRun run) =>
        LatencySummary.Of(run.Latency.Where(m => m.Samples.Count > 0).Select(m => LatencySummary.Of(m.Samples).P50));

    private static LatencySummary Overall(EngineRun run) => LatencySummary.Of(run.Latency.SelectMany(m => m.Samples));
}
