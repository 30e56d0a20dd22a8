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
    };
}
