namespace PolicySearch.Benchmarks.Cli;

/// <summary>One benchmark run's settings, after <c>--smoke</c> has shrunk them.</summary>
internal sealed record BenchmarkOptions
{
    public const int SmokeParagraphs = 2_000;

    public int Paragraphs { get; init; } = 100_000;
    public ulong Seed { get; init; } = 42;
    public string? Corpus { get; init; }
    public string? Index { get; init; }
    public required string Queries { get; init; }
    public string? Work { get; init; }
    public bool Keep { get; init; }
    public int Warmup { get; init; } = 3;
    public double WarmupSeconds { get; init; } = 10;
    public int Passes { get; init; } = 10;
    public int Runs { get; init; } = 1;
    public double ThroughputSeconds { get; init; } = 5;
    public bool Smoke { get; init; }
    public bool Http { get; init; }
    public string HttpPath { get; init; } = "/api/search?q=detainer%20warrant&stance=opposes";
    public int HttpSeconds { get; init; } = 10;

    /// <summary><c>--http-mixed</c>: the valid and hostile request mix for this many seconds; null: not that mode.</summary>
    public int? HttpMixedSeconds { get; init; }

    /// <summary>
    /// The longest wrk warm-up and the longest measured run: together at most 30 s of load. The warm-up
    /// is the longer of the two a service needs: on two shared cores the request path's tiered JIT was
    /// still compiling 3 s into the load (the first 10 s window after a 3 s warm-up measured ~10k
    /// requests/s and p99 ~15 ms; the next windows on the same process ~17–21k and 4–6 ms).
    /// </summary>
    public const int MaxHttpWarmupSeconds = 10;

    public const int MaxHttpSeconds = 20;

    /// <summary>
    /// The mixed load run (<c>--http-mixed</c>) proves stability rather than speed, so it may run longer than the
    /// measured speed run: 60 s by default, at most 10 minutes (always bounded: wrk runs under <c>timeout</c>).
    /// </summary>
    public const int DefaultHttpMixedSeconds = 60;

    public const int MaxHttpMixedSeconds = 600;

    /// <summary>wrk's warm-up: <see cref="WarmupSeconds"/> rounded up to whole seconds, 1 to <see cref="MaxHttpWarmupSeconds"/>.</summary>
    public int HttpWarmupSeconds => Math.Clamp((int)Math.Ceiling(WarmupSeconds), 1, MaxHttpWarmupSeconds);

    /// <summary>Seconds-long CI mode: tiny corpus, one pass, short throughput and wrk runs, sanity asserted.</summary>
    public BenchmarkOptions AsSmoke() => this with
    {
        Smoke = true,
        Paragraphs = Math.Min(Paragraphs, SmokeParagraphs),
        Warmup = 1,
        WarmupSeconds = 0.5,
        Passes = 1,
        Runs = 1,
        ThroughputSeconds = 0.5,
        HttpSeconds = Math.Min(HttpSeconds, 2),
        HttpMixedSeconds = HttpMixedSeconds is { } mixed ? Math.Min(mixed, 2) : null,
    };
}
