using System.Text.Json;

namespace PolicySearch.Core.Corpus;

/// <summary>Reads optional string fields from a JSON object, recording the first type error instead of throwing.</summary>
internal static class JsonFields
{
    /// <summary>
    /// The string value of <paramref name="name"/>, or null when absent or JSON null. A value of another type
    /// sets <paramref name="problem"/> (if not already set) and returns null.
    /// </summary>
    public static string? OptionalString(JsonElement obj, string name, ref string? problem)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problem ??= $"\"{name}\" must be a string or null, not {value.ValueKind.ToString().ToLowerInvariant()}";
        return null;
    }
}
