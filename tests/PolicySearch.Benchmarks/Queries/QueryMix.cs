namespace PolicySearch.Benchmarks.Queries;

/// <summary>
/// Reads a query mix TSV (<c>id, class, query, filters</c>; filters as <c>dim=value;dim=value</c>, values
/// of a repeated dimension OR-ed), as in ../shared/bench/queries.tsv, of which <c>queries.tsv</c> beside
/// this project is the committed copy and the default.
/// </summary>
internal static class QueryMix
{
    public const string DefaultFileName = "queries.tsv";

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, DefaultFileName);

    public static IReadOnlyList<BenchQuery> Load(string path)
    {
        var queries = new List<BenchQuery>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                throw new FormatException($"{path}:{lineNumber}: expected id, class, query[, filters] separated by tabs.");
            }

            queries.Add(new BenchQuery(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(),
                ParseFilters(fields.Length > 3 ? fields[3] : "", path, lineNumber)));
        }

        return queries.Count > 0 ? queries : throw new FormatException($"{path}: no queries.");
    }

    private static Dictionary<string, IReadOnlyList<string>> ParseFilters(string text, string path, int lineNumber)
    {
        var filters = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"{path}:{lineNumber}: filter '{pair}' is not dim=value.");
            }

            var dimension = pair[..equals].Trim().ToLowerInvariant();
            if (!filters.TryGetValue(dimension, out var values))
            {
                filters[dimension] = values = [];
            }

            values.Add(pair[(equals + 1)..].Trim());
        }

        return filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value, StringComparer.OrdinalIgnoreCase);
    }
}
