using System.CommandLine;
using PolicySearch.Benchmarks.Corpus;
using PolicySearch.Benchmarks.LongParagraphs;
using PolicySearch.Benchmarks.Measurement;
using PolicySearch.Benchmarks.Queries;
using PolicySearch.Benchmarks.Runs;

namespace PolicySearch.Benchmarks.Cli;

/// <summary>
/// The command line: the benchmark itself (root), <c>generate</c> (only write a corpus), and the hidden
/// child-process commands <c>build</c> and <c>open</c> that the benchmark starts to measure a build and
/// a restart in fresh processes.
/// </summary>
internal static class BenchmarkCommand
{
    public static RootCommand Create()
    {
        var paragraphs = new Option<int>("--paragraphs")
        {
            Description = "Content paragraphs in the generated corpus.",
            DefaultValueFactory = _ => 100_000,
        };
        var seed = new Option<ulong>("--seed") { Description = "Corpus generator seed.", DefaultValueFactory = _ => 42 };
        var corpus = new Option<string?>("--corpus") { Description = "Use this corpus (.jsonl or folder) instead of generating one." };
        var index = new Option<string?>("--index") { Description = "Use this already built index: skips the build figures." };
        var queries = new Option<string>("--queries")
        {
            Description = "Query mix TSV: id, class, query, filters (dim=value;dim=value).",
            DefaultValueFactory = _ => QueryMix.DefaultPath,
        };
        var work = new Option<string?>("--work") { Description = "Folder for the corpus and index (kept). Default: a temp folder." };
        var keep = new Option<bool>("--keep") { Description = "Keep the temp work folder." };
        var warmup = new Option<int>("--warmup") { Description = "Untimed passes over the mix, at least.", DefaultValueFactory = _ => 3 };
        var warmupSeconds = new Option<double>("--warmup-seconds")
        {
            Description = "Untimed passes go on for at least this long, and the HTTP mode's wrk warm-up (at most 10 s) lasts this long (tiered JIT needs it).",
            DefaultValueFactory = _ => 10,
        };
        var passes = new Option<int>("--passes") { Description = "Timed passes over the mix.", DefaultValueFactory = _ => 10 };
        var runs = new Option<int>("--runs")
        {
            Description = "Repeat build, restart, latency and throughput; report medians and min-max.",
            DefaultValueFactory = _ => 1,
        };
        var throughput = new Option<double>("--throughput-seconds")
        {
            Description = "Length of each throughput run (1 and 2 threads).",
            DefaultValueFactory = _ => 5,
        };
        var smoke = new Option<bool>("--smoke") { Description = "Seconds-long sanity run for CI; non-zero exit on any failure." };
        var http = new Option<bool>("--http") { Description = "Benchmark the HTTP service with wrk (default index: seeds/)." };
        var httpPath = new Option<string>("--http-path")
        {
            Description = "Request path and query string wrk drives.",
            DefaultValueFactory = _ => "/api/search?q=detainer%20warrant&stance=opposes",
        };
        var httpSeconds = new Option<int>("--http-seconds") { Description = $"wrk -d (at most {BenchmarkOptions.MaxHttpSeconds}).", DefaultValueFactory = _ => 10 };
        var httpMixed = new Option<int?>("--http-mixed")
        {
            Description = "Stability under load: the service under wrk with the valid and hostile request mix of Http/mixed-load.lua " +
                $"for SECONDS (default {BenchmarkOptions.DefaultHttpMixedSeconds}, at most {BenchmarkOptions.MaxHttpMixedSeconds}); " +
                "non-zero exit on any 5xx, connection error or memory growth.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "SECONDS",
        };

        var root = new RootCommand("PolicySearch benchmark: corpus generator, index build, restart, memory, latency, throughput, HTTP.")
        {
            paragraphs, seed, corpus, index, queries, work, keep, warmup, warmupSeconds, passes, runs, throughput, smoke, http, httpPath, httpSeconds, httpMixed,
        };
        root.SetAction(result =>
        {
            var options = new BenchmarkOptions
            {
                Paragraphs = result.GetValue(paragraphs),
                Seed = result.GetValue(seed),
                Corpus = result.GetValue(corpus),
                Index = result.GetValue(index),
                Queries = Path.GetFullPath(result.GetValue(queries)!),
                Work = result.GetValue(work),
                Keep = result.GetValue(keep),
                Warmup = result.GetValue(warmup),
                WarmupSeconds = result.GetValue(warmupSeconds),
                Passes = Math.Max(1, result.GetValue(passes)),
                Runs = Math.Max(1, result.GetValue(runs)),
                ThroughputSeconds = result.GetValue(throughput),
                Http = result.GetValue(http),
                HttpPath = result.GetValue(httpPath)!,
                HttpSeconds = Math.Clamp(result.GetValue(httpSeconds), 1, BenchmarkOptions.MaxHttpSeconds),
                HttpMixedSeconds = result.GetResult(httpMixed) is null
                    ? null
                    : Math.Clamp(result.GetValue(httpMixed) ?? BenchmarkOptions.DefaultHttpMixedSeconds, 1, BenchmarkOptions.MaxHttpMixedSeconds),
            };
            if (result.GetValue(smoke))
            {
                options = options.AsSmoke();
            }

            return options.HttpMixedSeconds is not null ? MixedLoadBenchmark.Run(options)
                : options.Http ? HttpBenchmark.Run(options)
                : EngineBenchmark.Run(options);
        });

        root.Add(CreateGenerate(paragraphs, seed));
        root.Add(LongParagraphCommand.Create(seed));
        root.Add(CreateBuildChild());
        root.Add(CreateOpenChild());
        return root;
    }

    private static Command CreateGenerate(Option<int> paragraphs, Option<ulong> seed)
    {
        var output = new Option<string>("--out") { Description = "JSONL file to write.", Required = true };
        var command = new Command("generate", "Only write a generated corpus (SPEC §1 JSONL).") { paragraphs, seed, output };
        command.SetAction(result =>
        {
            var corpus = CorpusGenerator.Write(result.GetValue(output)!, result.GetValue(paragraphs), result.GetValue(seed));
            Console.WriteLine($"{corpus.Path}: {corpus.Articles:N0} articles, {corpus.Paragraphs:N0} paragraphs, " +
                $"{corpus.Bytes / 1048576.0:F1} MiB in {corpus.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return command;
    }

    private static Command CreateBuildChild()
    {
        var input = new Option<string>("--input") { Required = true };
        var index = new Option<string>("--index") { Required = true };
        var command = new Command(BuildStep.Command, "(internal) Build an index and print its cost as JSON.") { input, index };
        command.Hidden = true;
        command.SetAction(result => BuildStep.RunInChild(result.GetValue(input)!, result.GetValue(index)!));
        return command;
    }

    private static Command CreateOpenChild()
    {
        var index = new Option<string>("--index") { Required = true };
        var queries = new Option<string>("--queries") { Required = true };
        var command = new Command(RestartStep.Command, "(internal) Open an index and print restart time and memory as JSON.")
        {
            index, queries,
        };
        command.Hidden = true;
        command.SetAction(result => RestartStep.RunInChild(result.GetValue(index)!, result.GetValue(queries)!));
        return command;
    }
}
