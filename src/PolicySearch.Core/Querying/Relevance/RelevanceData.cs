using System.Text.Json;
using System.Text.Json.Serialization;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Querying.Relevance;

/// <summary>One group of equivalent forms from <c>synonyms.json</c>, each form as its analysed terms.</summary>
internal sealed record SynonymGroup(IReadOnlyList<string> Forms, IReadOnlyList<string[]> Terms, double Weight, string Reason);

/// <summary>
/// The ranking's language knowledge, read from <c>Querying/Data/*.json</c> beside the binaries: the synonyms and
/// acronyms of the field (<c>synonyms.json</c>) and the words that mark a speaker name as a body's (<c>speakers.json</c>).
/// Forms are analysed with the index's analyzer, so they match query words as the text does.
/// </summary>
internal sealed class RelevanceData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<RelevanceData> SharedData = new(() => Load(DefaultFolder));

    private RelevanceData(IReadOnlyList<SynonymGroup> synonyms, IReadOnlySet<string> organisationWords)
    {
        Synonyms = synonyms;
        OrganisationWords = organisationWords;
    }

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Querying", "Data");

    public static RelevanceData Shared => SharedData.Value;

    public IReadOnlyList<SynonymGroup> Synonyms { get; }

    /// <summary>Analysed terms of the words that head the names of bodies.</summary>
    public IReadOnlySet<string> OrganisationWords { get; }

    /// <exception cref="PolicySearchException">A file is missing or malformed (code <c>relevance.data-invalid</c>).</exception>
    public static RelevanceData Load(string folder)
    {
        var synonymFile = Read<SynonymFile>(Path.Combine(folder, "synonyms.json"));
        var speakerFile = Read<SpeakerFile>(Path.Combine(folder, "speakers.json"));
        var groups = new List<SynonymGroup>();
        foreach (var entry in synonymFile.Synonyms ?? [])
        {
            var forms = entry.Forms ?? [];
            if (forms.Count < 2 || string.IsNullOrWhiteSpace(entry.Reason))
            {
                throw Invalid("synonyms.json", $"every entry needs two forms or more and a reason ({string.Join(" / ", forms)})");
            }

            var terms = forms.Select(form => TextAnalyzer.Terms(form).ToArray()).ToList();
            if (terms.Any(t => t.Length == 0))
            {
                throw Invalid("synonyms.json", $"a form has no words ({string.Join(" / ", forms)})");
            }

            groups.Add(new SynonymGroup(forms, terms, entry.Weight ?? 1.0, entry.Reason));
        }

        var words = (speakerFile.OrganisationWords ?? []).SelectMany(TextAnalyzer.Terms).ToHashSet(StringComparer.Ordinal);
        return new RelevanceData(groups, words);
    }

    private static T Read<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) ?? throw Invalid(path, "the file is empty");
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new PolicySearchException("relevance.data-invalid", $"Ranking data file {path} cannot be read: {e.Message}", e);
        }
    }

    private static PolicySearchException Invalid(string file, string why) =>
        new("relevance.data-invalid", $"Ranking data file {file} is not valid: {why}.");

    private sealed class SynonymFile
    {
        public List<SynonymEntry>? Synonyms { get; set; }
    }

    private sealed class SynonymEntry
    {
        public List<string>? Forms { get; set; }

        public double? Weight { get; set; }

        public string? Reason { get; set; }
    }

    private sealed class SpeakerFile
    {
        public List<string>? OrganisationWords { get; set; }

        [JsonPropertyName("reason")]
        public string? Reason { get; set; }
    }
}
