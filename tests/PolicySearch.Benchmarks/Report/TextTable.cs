using System.Text;

namespace PolicySearch.Benchmarks.Report;

/// <summary>A plain aligned table for the console: text columns left, numbers right.</summary>
internal sealed class TextTable(string title, params string[] headers)
{
    private readonly List<string[]> rows = [];

    public TextTable Add(params object?[] cells)
    {
        rows.Add([.. cells.Select(Format)]);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => rows.Select(r => i < r.Length ? r[i].Length : 0).Append(h.Length).Max())
            .ToArray();
        var text = new StringBuilder().AppendLine().AppendLine(title);
        AppendRow(text, headers, widths);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        return text.ToString();
    }

    /// <summary>Three significant decimals for small figures, fewer for big ones; "-" for missing.</summary>
    public static string Format(object? value) => value switch
    {
        null => "-",
        double d when double.IsNaN(d) => "-",
        double d when Math.Abs(d) >= 1000 => d.ToString("N0"),
        double d when Math.Abs(d) >= 100 => d.ToString("F1"),
        double d => d.ToString("F3"),
        _ => value.ToString() ?? "",
    };

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : "";
            var numeric = cell.Length > 0 && (char.IsDigit(cell[0]) || cell[0] == '-') && i > 0;
            text.Append(numeric ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            text.Append(i < widths.Length - 1 ? "  " : "");
        }

        text.AppendLine();
    }
}
