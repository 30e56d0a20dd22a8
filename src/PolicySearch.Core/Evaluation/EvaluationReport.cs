namespace PolicySearch.Core.Evaluation;

/// <summary>Precision, recall and F1 from counts.</summary>
public sealed record PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Accuracy and macro-F1 of a labelling, with its confusion matrix (gold label → system label → count).</summary>
public sealed record LabelScores(int Total, int Correct, double MacroF1, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion)
{
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;
}

/// <summary>One disagreement with the gold, with a severity for ordering the "worst errors" list.</summary>
public sealed record EvaluationError(int Severity, string Where, string What, string Text);

/// <summary>Everything <c>evaluate</c> prints: the figures, how they were computed, and the worst errors.</summary>
public sealed record EvaluationReport(
    int GoldParagraphs,
    int Aligned,
    int SegmentationErrors,
    double KindAccuracy,
    LabelScores Kinds,
    PrecisionRecall Speakers,
    string SpeakerMatching,
    LabelScores Stance,
    LabelScores StanceUnambiguous,
    IReadOnlyList<EvaluationError> Errors);
