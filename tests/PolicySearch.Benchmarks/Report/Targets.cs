using System.Text.Json.Nodes;

namespace PolicySearch.Benchmarks.Report;

/// <summary>
/// The targets of the move to Lucene.Net (issue 18: about 0.45x Java Lucene 8.8.1's query figures; the build,
/// analysis included, under Java Lucene's build without analysis; on 2 cores), checked
/// against a run's figures when the corpus is near a target size (100k or 1M paragraphs, ±10%) or, for
/// HTTP, in HTTP mode. Reported, never enforced: the machines are shared and noisy.
/// </summary>
internal static class Targets
{
    private sealed record Target(string Key, int? Paragraphs, double Limit, bool AtLeast = false);

    private static readonly Target[] All =
    [
        new("mean_ms", 100_000, 1.5), new("p95_ms", 100_000, 3.0), new("build_s", 100_000, 10),
        new("mean_ms", 1_000_000, 4.0), new("p95_ms", 1_000_000, 10), new("build_s", 1_000_000, 75),
        new("serve_rss_mib", 1_000_000, 500), new("restart_s", 1_000_000, 1.0),
        new("http_rps", null, 5_000, AtLeast: true), new("http_p99_ms", null, 10), new("http_errors", null, 0),
    ];

    /// <summary>The targets that apply to these figures: (name, limit text, measured, met).</summary>
    public static IReadOnlyList<(string Name, string Limit, double Measured, bool Met)> Check(JsonObject built)
    {
        // Re-parsed so that every number reads as double, whether it was set as int or double.
        var figures = JsonNode.Parse(built.ToJsonString())!.AsObject();
        var paragraphs = (double?)figures["paragraphs"] ?? 0;
        var checks = new List<(string, string, double, bool)>();
        foreach (var target in All)
        {
            var applies = target.Paragraphs is { } size
                ? Math.Abs(paragraphs - size) <= size * 0.1
                : figures.ContainsKey(target.Key);
            if (!applies || (double?)figures[target.Key] is not { } measured)
            {
                continue;
            }

            var name = target.Paragraphs is { } n ? $"{target.Key} @ {n / 1000}k" : target.Key;
            checks.Add((name, $"{(target.AtLeast ? ">=" : "<=")} {target.Limit}", measured,
                target.AtLeast ? measured >= target.Limit : measured <= target.Limit));
        }

        return checks;
    }

    /// <summary>Adds <c>targets</c> (name → met) to the JSON and returns the table, or "" when none applies.</summary>
    public static string Apply(JsonObject figures)
    {
        var checks = Check(figures);
        if (checks.Count == 0)
        {
            return "";
        }

        var table = new TextTable("Targets (issue 18)", "target", "limit", "measured", "met");
        var json = new JsonObject();
        foreach (var (name, limit, measured, met) in checks)
        {
            table.Add(name, limit, measured, met ? "yes" : "NO");
            json[name] = met;
        }

        figures["targets"] = json;
        return table.ToString();
    }
}
