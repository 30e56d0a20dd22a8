using System.Diagnostics;
using System.Text.Json.Nodes;
using PolicySearch.Benchmarks.Cli;
using PolicySearch.Benchmarks.Corpus;
using PolicySearch.Benchmarks.Measurement;
using PolicySearch.Benchmarks.Queries;
using PolicySearch.Benchmarks.Report;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Benchmarks.Runs;

/// <summary>
/// The benchmark through the product's code paths: generate (or take) a corpus, build the index in a
/// child process, restart from it in another, then measure latency and throughput in this process;
/// <c>--runs N</c> repeats all but the corpus and reports medians and the spread.
/// </summary>
internal static class EngineBenchmark
{
    public static int Run(BenchmarkOptions options)
    {
        using var work = WorkArea.Create(options.Work, options.Keep);
        try
        {
            var mix = QueryMix.Load(options.Queries);
            Console.Error.WriteLine($"Query mix: {mix.Count} queries from {options.Queries}");
            // With --index there is no build, so nothing is generated (a given --corpus is still sized).
            var (corpusPath, generateSeconds) = options.Index is null || options.Corpus is not null
                ? PrepareCorpus(options, work)
                : (null, null);
            var runs = new List<JsonObject>();
            var allProblems = new List<string>();
            for (var i = 1; i <= options.Runs; i++)
            {
                Console.Error.WriteLine($"Run {i} of {options.Runs}");
                var run = Measure(options, work, mix, corpusPath, generateSeconds);
                var problems = SmokeChecks.Find(run);
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine($"FAIL: {problem}");
                }

                allProblems.AddRange(problems.Select(p => options.Runs > 1 ? $"run {i}: {p}" : p));
                if (i == options.Runs)
                {
                    Console.Write(EngineReport.Table(run));
                }

                runs.Add(JsonNode.Parse(EngineReport.Json(run, problems))!.AsObject());
            }

            var combined = RunMedians.Combine(runs);
            // Medians would keep only the last run's list: a failure in any run must show.
            combined["failures"] = new JsonArray([.. allProblems.Select(p => (JsonNode?)p)]);
            if (runs.Count > 1)
            {
                Console.Write(EngineReport.SpreadTable(combined));
            }

            Console.Write(Targets.Apply(combined));
            Console.WriteLine(JsonFigures.ToLine(combined));
            return allProblems.Count == 0 ? 0 : 1;
        }
#pragma warning disable CA1031 // Any failure ends the run with a message, a JSON line saying so and exit code 1.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"FAIL: {ex}");
            Console.WriteLine(EngineReport.Failure(options, ex));
            return 1;
        }
    }

    private static EngineRun Measure(
        BenchmarkOptions options, WorkArea work, IReadOnlyList<BenchQuery> mix, string? corpusPath, double? generateSeconds)
    {
        var stealBefore = CpuSteal.Now();
        long? corpusBytes = corpusPath is null ? null : DirectorySize.Bytes(corpusPath);

        BuildMeasurement? build = null;
        var index = options.Index ?? work.File("index");
        if (options.Index is null)
        {
            // Every run builds from scratch: a build over an existing index would measure the swap, too.
            if (Directory.Exists(index))
            {
                Directory.Delete(index, recursive: true);
            }

            Console.Error.WriteLine($"Building the index into {index} (child process) ...");
            build = BuildStep.Measure(corpusPath!, index);
            Console.Error.WriteLine($"  {build.ParagraphsIndexed:N0} paragraphs in {build.Seconds:F2} s");
        }

        var indexBytes = DirectorySize.Bytes(index);
        Console.Error.WriteLine("Restart: opening the index in a fresh process ...");
        var restart = RestartStep.Measure(index, options.Queries);

        var opening = Stopwatch.GetTimestamp();
        using var opened = PolicySearchIndex.Open(index);
        var openSeconds = Stopwatch.GetElapsedTime(opening).TotalSeconds;
        var engine = opened.Engine;

        Console.Error.WriteLine($"Latency: warm-up ({options.Warmup}+ passes, {options.WarmupSeconds}+ s), " +
            $"then {options.Passes} timed passes, one thread (each query also with 1 hit per page, with and without facets) ...");
        var latency = LatencyRunner.Run(engine, mix, options.Warmup, options.WarmupSeconds, options.Passes);
        Console.Error.WriteLine($"Throughput: {options.ThroughputSeconds} s on 1 thread, then on 2 ...");
        var one = ThroughputRunner.Run(engine, mix, 1, options.ThroughputSeconds);
        var two = ThroughputRunner.Run(engine, mix, 2, options.ThroughputSeconds);

        return new EngineRun(options, corpusPath, corpusBytes, generateSeconds, build, indexBytes, restart,
            openSeconds, latency.Full, latency.OneHit, latency.OneHitNoFacets, latency.WarmupPasses, one, two,
            CpuSteal.PercentBetween(stealBefore, CpuSteal.Now()));
    }

    private static (string? Path, double? Seconds) PrepareCorpus(BenchmarkOptions options, WorkArea work)
    {
        if (options.Corpus is not null)
        {
            return (Path.GetFullPath(options.Corpus), null);
        }

        // Named by size and seed: same name, same bytes, so a kept --work folder can reuse it.
        var path = work.File($"corpus-{options.Paragraphs}-seed{options.Seed}.jsonl");
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"Reusing corpus {path}");
            return (path, null);
        }

        Console.Error.WriteLine($"Generating {options.Paragraphs:N0} paragraphs (seed {options.Seed}) ...");
        var corpus = CorpusGenerator.Write(path, options.Paragraphs, options.Seed);
        Console.Error.WriteLine($"  {corpus.Articles:N0} articles, {corpus.Bytes / 1048576.0:F1} MiB in {corpus.Elapsed.TotalSeconds:F1} s");
        return (path, corpus.Elapsed.TotalSeconds);
    }
}
