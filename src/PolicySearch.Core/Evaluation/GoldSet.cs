using System.Text.Json;

namespace PolicySearch.Core.Evaluation;

/// <summary>
/// Reads gold labels from JSONL: one object per block with <c>article_id</c>, <c>index</c>,
/// <c>char_start</c>/<c>char_end</c>, <c>first60</c>, <c>kind</c>, <c>speakers</c> and <c>optional_speakers</c>
/// (<c>[{name, aliases_in_text}]</c> or plain names), <c>stance</c> and <c>ambiguous</c>. Other fields (<c>subkind</c>,
/// <c>rationale</c>, <c>unnamed_sources</c>, <c>cited_outlets</c>, <c>duplicate_of</c>, <c>blank_split_index</c>, …)
/// are allowed and ignored. A row that lacks a required field is reported with its line number.
/// </summary>
public static class GoldSet
{
    public static IReadOnlyList<GoldParagraph> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PolicySearchException("gold.not-found", $"Gold file not found: {path}");
        }

        var rows = new List<GoldParagraph>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                rows.Add(Parse(line));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new PolicySearchException("gold.invalid", $"{Path.GetFileName(path)}:{lineNumber}: not a gold row ({ex.Message})", ex);
            }
        }

        return rows;
    }

    private static GoldParagraph Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var row = document.RootElement;
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("not a JSON object");
        }

        return new GoldParagraph(
            row.GetProperty("article_id").GetString() ?? throw new FormatException("\"article_id\" is null"),
            row.GetProperty("index").GetInt32(),
            row.GetProperty("char_start").GetInt32(),
            row.GetProperty("char_end").GetInt32(),
            row.TryGetProperty("first60", out var first60) && first60.ValueKind == JsonValueKind.String ? first60.GetString()! : "",
            row.GetProperty("kind").GetString() ?? throw new FormatException("\"kind\" is null"),
            Names(row, "speakers"),
            Names(row, "optional_speakers"),
            row.TryGetProperty("stance", out var stance) && stance.ValueKind == JsonValueKind.String ? stance.GetString() : null,
            row.TryGetProperty("ambiguous", out var ambiguous) && ambiguous.ValueKind == JsonValueKind.True);
    }

    private static List<string> Names(JsonElement row, string property)
    {
        if (!row.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return list.EnumerateArray()
            .Select(s => (s.ValueKind == JsonValueKind.String ? s.GetString() : s.GetProperty("name").GetString())
                ?? throw new FormatException($"a name in \"{property}\" is null"))
            .Where(name => name.Length > 0)
            .ToList();
    }
}
