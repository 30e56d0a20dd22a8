using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicySearch.Benchmarks.Report;

/// <summary>
/// The machine-readable result: one JSON object, printed as the very last line so that scripts can
/// take <c>tail -n 1</c>. Figures are rounded to what the measurement can resolve.
/// </summary>
internal static class JsonFigures
{
    public static double? Round(double? value, int digits = 3) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, digits) : null;

    private static readonly JsonSerializerOptions LineOptions = new()
    {
        WriteIndented = false,
        // Query strings and error messages stay readable (no \u0027 for quotes); the line is data, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToLine(JsonObject figures) => figures.ToJsonString(LineOptions);

    /// <summary>Ends a run that threw: the exception on stderr, the figures so far with an <c>error</c> as the JSON line; exit code 1.</summary>
    public static int Failed(JsonObject figures, Exception ex)
    {
        Console.Error.WriteLine($"FAIL: {ex}");
        figures["error"] = $"{ex.GetType().Name}: {ex.Message}";
        Console.WriteLine(ToLine(figures));
        return 1;
    }
}
