using System.Text.Json;

namespace PolicySearch.Core.Analysis.Lexicons;

/// <summary>Loads the analysis data files (JSON under <c>Analysis/Data</c>) into typed records.</summary>
internal static class LexiconFiles
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The folder the binaries ship the data files in.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Analysis", "Data");

    public static T Load<T>(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new PolicySearchException("analysis.data-missing", $"Analysis data file not found: {path}");
        }

        T data;
        try
        {
            data = JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new PolicySearchException("analysis.data-invalid", $"Analysis data file is empty: {path}");
        }
        catch (JsonException ex)
        {
            throw new PolicySearchException("analysis.data-invalid", $"Analysis data file {path} is not valid: {ex.Message}", ex);
        }

        // An edited file that lost a field would otherwise fail later with a null reference, far from the cause.
        var missing = typeof(T).GetProperties()
            .Where(p => !p.PropertyType.IsValueType && p.GetIndexParameters().Length == 0 && p.GetValue(data) is null)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToList();
        return missing.Count == 0
            ? data
            : throw new PolicySearchException("analysis.data-invalid", $"Analysis data file {path} lacks {string.Join(", ", missing.Select(m => $"\"{m}\""))}.");
    }
}
