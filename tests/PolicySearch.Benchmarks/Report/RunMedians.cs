using System.Text.Json.Nodes;

namespace PolicySearch.Benchmarks.Report;

/// <summary>
/// Folds the JSON figures of repeated runs into one: every number becomes the median over the runs
/// (recursively, so per-class and per-query figures too), and the headline figures also get their
/// min–max spread, because on a shared 2-core machine one run alone says little.
/// </summary>
internal static class RunMedians
{
    public static readonly string[] Headline =
    [
        "build_s", "build_analysis_s", "build_write_s", "build_peak_rss_mib", "build_gc_pause_s", "index_mib", "restart_s", "serve_rss_mib",
        "p50_ms", "p95_ms", "p99_ms", "mean_ms", "qps_1", "qps_2", "cpu_stolen_pct",
    ];

    public static JsonObject Combine(IReadOnlyList<JsonObject> runs)
    {
        if (runs.Count == 1)
        {
            return runs[0];
        }

        var combined = Median(runs);
        var spread = new JsonObject();
        foreach (var key in Headline)
        {
            var values = Numbers(runs.Select(r => r[key]));
            if (values.Count == runs.Count)
            {
                spread[key] = new JsonArray(values.Min(), values.Max());
            }
        }

        combined["runs"] = runs.Count;
        combined["spread"] = spread;
        return combined;
    }

    private static JsonObject Median(IReadOnlyList<JsonObject> objects)
    {
        var result = new JsonObject();
        foreach (var (key, last) in objects[^1])
        {
            var values = objects.Select(o => o[key]).ToArray();
            var numbers = Numbers(values);
            result[key] = numbers.Count == values.Length && numbers.Count > 0
                ? MedianOf(numbers)
                : values.All(v => v is JsonObject)
                    ? Median([.. values.Cast<JsonObject>()])
                    : last?.DeepClone();
        }

        return result;
    }

    private static List<double> Numbers(IEnumerable<JsonNode?> nodes) =>
        [.. nodes.OfType<JsonValue>().Where(v => v.TryGetValue<double>(out _)).Select(v => v.GetValue<double>())];

    private static double MedianOf(List<double> numbers)
    {
        var sorted = numbers.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
