using System.Globalization;
using PolicySearch.Core.Evaluation;

namespace PolicySearch.Indexer.Commands;

/// <summary>Formats an <see cref="EvaluationReport"/> for people.</summary>
internal static class EvaluationPrinter
{
    public static void Print(TextWriter output, EvaluationReport report, int errorCount)
    {
        output.WriteLine($"Gold blocks {report.GoldParagraphs}, aligned by text {report.Aligned}, segmentation errors {report.SegmentationErrors}");
        PrintCoverage(output, report);
        output.WriteLine();
        output.WriteLine($"Kinds: content vs other accuracy {F(report.KindAccuracy)}; three-way accuracy {F(report.Kinds.Accuracy)}, macro-F1 {F(report.Kinds.MacroF1)}");
        ConfusionTable.Print(output, report.Kinds);
        output.WriteLine();
        var s = report.Speakers;
        output.WriteLine($"Speakers: precision {F(s.Precision)}, recall {F(s.Recall)}, F1 {F(s.F1)} (TP {s.TruePositives}, FP {s.FalsePositives}, FN {s.FalseNegatives}; optional gold speakers ignored)");
        output.WriteLine($"  matching: {report.SpeakerMatching}");
        output.WriteLine();
        output.WriteLine($"Stance (gold content paragraphs, n={report.Stance.Total}): accuracy {F(report.Stance.Accuracy)}, macro-F1 {F(report.Stance.MacroF1)}");
        output.WriteLine($"Stance without ambiguous paragraphs (n={report.StanceUnambiguous.Total}): accuracy {F(report.StanceUnambiguous.Accuracy)}, macro-F1 {F(report.StanceUnambiguous.MacroF1)}");
        ConfusionTable.Print(output, report.Stance);
        output.WriteLine();
        output.WriteLine($"Worst errors ({Math.Min(errorCount, report.Errors.Count)} of {report.Errors.Count}):");
        foreach (var error in report.Errors.Take(errorCount))
        {
            output.WriteLine($"  [{error.Severity}] {error.Where}: {error.What}");
            output.WriteLine($"      \"{error.Text}\"");
        }
    }

    /// <summary>Gold rows the input had no article for, and articles the gold does not label: both left out of the figures.</summary>
    private static void PrintCoverage(TextWriter output, EvaluationReport report)
    {
        if (report.UnreadGoldArticles.Count > 0)
        {
            var rows = report.UnreadGoldArticles.Sum(u => u.GoldRows);
            output.WriteLine($"Not scored: {rows} gold rows of {report.UnreadGoldArticles.Count} articles the input does not hold (missing or rejected): "
                + string.Join(", ", report.UnreadGoldArticles.Select(u => $"{u.ArticleId} ({u.GoldRows})")));
        }

        if (report.ArticlesWithoutGold.Count > 0)
        {
            output.WriteLine($"Not scored: {report.ArticlesWithoutGold.Count} articles of the input have no gold rows: {string.Join(", ", report.ArticlesWithoutGold)}");
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
