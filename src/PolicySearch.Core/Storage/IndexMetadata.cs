using System.Globalization;

namespace PolicySearch.Core.Storage;

/// <summary>What the database says about the build that wrote it.</summary>
public sealed record IndexMetadata(
    int SchemaVersion,
    string BuildId,
    DateTimeOffset BuiltAt,
    int Articles,
    int ContentParagraphs,
    int BoilerplateParagraphs,
    int TitleParagraphs,
    int Rejections)
{
    internal IEnumerable<KeyValuePair<string, string>> ToPairs()
    {
        yield return new("schema_version", SchemaVersion.ToString(CultureInfo.InvariantCulture));
        yield return new("build_id", BuildId);
        yield return new("built_at", BuiltAt.ToString("O", CultureInfo.InvariantCulture));
        yield return new("articles", Articles.ToString(CultureInfo.InvariantCulture));
        yield return new("paragraphs_content", ContentParagraphs.ToString(CultureInfo.InvariantCulture));
        yield return new("paragraphs_boilerplate", BoilerplateParagraphs.ToString(CultureInfo.InvariantCulture));
        yield return new("paragraphs_title", TitleParagraphs.ToString(CultureInfo.InvariantCulture));
        yield return new("rejections", Rejections.ToString(CultureInfo.InvariantCulture));
    }

    internal static IndexMetadata FromPairs(IReadOnlyDictionary<string, string> pairs)
    {
        int Int(string key) => int.Parse(Get(key), CultureInfo.InvariantCulture);
        string Get(string key) => pairs.TryGetValue(key, out var value)
            ? value
            : throw new PolicySearchException("index.invalid", $"The index database has no '{key}' metadata; rebuild the index.");

        return new IndexMetadata(
            Int("schema_version"),
            Get("build_id"),
            DateTimeOffset.Parse(Get("built_at"), CultureInfo.InvariantCulture),
            Int("articles"),
            Int("paragraphs_content"),
            Int("paragraphs_boilerplate"),
            Int("paragraphs_title"),
            Int("rejections"));
    }
}
