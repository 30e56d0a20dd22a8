using System.Globalization;
using PolicySearch.Core.Evaluation;

namespace PolicySearch.Indexer.Commands;

/// <summary>
/// A labelling's confusion matrix as a table, gold labels down and system labels across, with each label's
/// recall at the end of its row and its precision and F1 under its column: where the errors go, per class.
/// </summary>
internal static class ConfusionTable
{
    public static void Print(TextWriter output, LabelScores scores)
    {
        var labels = scores.Labels;
        if (labels.Count == 0)
        {
            output.WriteLine("  confusion: no blocks");
            return;
        }

        var width = Math.Max(11, labels.Max(l => l.Length) + 2);
        output.WriteLine("  confusion (rows: gold, columns: system):");
        output.WriteLine("    " + Cell("gold \\ system", width) + string.Concat(labels.Select(l => Cell(l, width))) + Cell("recall", width));
        foreach (var gold in labels.Where(l => scores.Confusion.ContainsKey(l)))
        {
            output.WriteLine("    " + Cell(gold, width)
                + string.Concat(labels.Select(system => Cell(scores.Count(gold, system).ToString(CultureInfo.InvariantCulture), width)))
                + Cell(F(scores.For(gold).Recall), width));
        }

        output.WriteLine("    " + Cell("precision", width) + string.Concat(labels.Select(l => Cell(Predicted(scores, l) ? F(scores.For(l).Precision) : "-", width))));
        output.WriteLine("    " + Cell("F1", width) + string.Concat(labels.Select(l => Cell(scores.Confusion.ContainsKey(l) ? F(scores.For(l).F1) : "-", width))));
    }

    /// <summary>The system gave this label at least once (otherwise its precision means nothing).</summary>
    private static bool Predicted(LabelScores scores, string label) => scores.Confusion.Values.Any(row => row.ContainsKey(label));

    private static string Cell(string text, int width) => text.PadLeft(width);

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
