using System.Globalization;
using PolicySearch.Core.Evaluation;

namespace PolicySearch.Indexer.Commands;

/// <summary>Formats an <see cref="EvaluationReport"/> for people.</summary>
internal static class EvaluationPrinter
{
    public static void Print(TextWriter output, EvaluationReport report, int errorCount)
    {
        output.WriteLine($"Gold blocks {report.GoldParagraphs}, aligned by text {report.Aligned}, segmentation errors {report.SegmentationErrors}");
        output.WriteLine();
        output.WriteLine($"Kinds: content vs other accuracy {F(report.KindAccuracy)}; three-way accuracy {F(report.Kinds.Accuracy)}, macro-F1 {F(report.Kinds.MacroF1)}");
        PrintConfusion(output, report.Kinds);
        output.WriteLine();
        var s = report.Speakers;
        output.WriteLine($"Speakers: precision {F(s.Precision)}, recall {F(s.Recall)}, F1 {F(s.F1)} (TP {s.TruePositives}, FP {s.FalsePositives}, FN {s.FalseNegatives}; optional gold speakers ignored)");
        output.WriteLine($"  matching: {report.SpeakerMatching}");
        output.WriteLine();
        output.WriteLine($"Stance (gold content paragraphs, n={report.Stance.Total}): accuracy {F(report.Stance.Accuracy)}, macro-F1 {F(report.Stance.MacroF1)}");
        output.WriteLine($"Stance without ambiguous paragraphs (n={report.StanceUnambiguous.Total}): accuracy {F(report.StanceUnambiguous.Accuracy)}, macro-F1 {F(report.StanceUnambiguous.MacroF1)}");
        PrintConfusion(output, report.Stance);
        output.WriteLine();
        output.WriteLine($"Worst errors ({Math.Min(errorCount, report.Errors.Count)} of {report.Errors.Count}):");
        foreach (var error in report.Errors.Take(errorCount))
        {
            output.WriteLine($"  [{error.Severity}] {error.Where}: {error.What}");
            output.WriteLine($"      \"{error.Text}\"");
        }
    }

    private static void PrintConfusion(TextWriter output, LabelScores scores)
    {
        output.WriteLine("  confusion (gold -> system: count):");
        foreach (var (gold, row) in scores.Confusion.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"    {gold,-12} {string.Join(", ", row.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))}");
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
