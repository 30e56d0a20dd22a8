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

    /// <summary>Every label in the matrix, gold or system, in ordinal order.</summary>
    public IReadOnlyList<string> Labels =>
        [.. Confusion.Keys.Concat(Confusion.Values.SelectMany(row => row.Keys)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>How many blocks of gold label <paramref name="gold"/> the system labelled <paramref name="system"/>.</summary>
    public int Count(string gold, string system) =>
        Confusion.TryGetValue(gold, out var row) && row.TryGetValue(system, out var count) ? count : 0;

    /// <summary>One label's precision and recall, read from the confusion matrix.</summary>
    public PrecisionRecall For(string label)
    {
        var truePositives = Count(label, label);
        var labelledSo = Confusion.Values.Sum(row => row.TryGetValue(label, out var count) ? count : 0);
        var goldSo = Confusion.TryGetValue(label, out var own) ? own.Values.Sum() : 0;
        return new PrecisionRecall(truePositives, labelledSo - truePositives, goldSo - truePositives);
    }
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
    IReadOnlyList<EvaluationError> Errors)
{
    /// <summary>Articles the gold labels but the input did not hold (or rejected): their rows are left out of every figure.</summary>
    public IReadOnlyList<UnreadGoldArticle> UnreadGoldArticles { get; init; } = [];

    /// <summary>Articles the input held that the gold has no rows for: not scored.</summary>
    public IReadOnlyList<string> ArticlesWithoutGold { get; init; } = [];
}

/// <summary>An article id of the gold that the analysed corpus lacks, with how many gold rows it has.</summary>
public sealed record UnreadGoldArticle(string ArticleId, int GoldRows);
