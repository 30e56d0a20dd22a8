using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;
using PolicySearch.Core.Evaluation;

namespace PolicySearch.Core.Tests.Evaluation;

/// <summary>
/// Regression floors on the development set (39 real articles, split by outlet: TestData/devset/tools/split_devset.py,
/// and a fresh part of 20 more). The tune half is the one the rules were developed on; the held-out half and the fresh
/// part are only measured, never read for tuning, and their floors sit a little under the figures measured when the analysis last moved, so that CI catches a
/// regression without pinning exact numbers.
/// </summary>
public class DevSetFloorTests
{
    private static readonly string DevSet = Path.Combine(AppContext.BaseDirectory, "TestData", "devset");

    private static readonly Lazy<IReadOnlyList<AnalyzedArticle>> Analyzed = new(() =>
        ArticleAnalyzer.CreateDefault().Analyze(CorpusReader.Read(Path.Combine(DevSet, "articles")).Articles));

    private static readonly Lazy<EvaluationReport> Tune = new(() => Evaluate("gold-tune.jsonl"));

    private static readonly Lazy<EvaluationReport> HeldOut = new(() => Evaluate("gold-heldout.jsonl"));

    private static readonly Lazy<IReadOnlyList<AnalyzedArticle>> AnalyzedFresh = new(() =>
        ArticleAnalyzer.CreateDefault().Analyze(CorpusReader.Read(Path.Combine(DevSet, "fresh", "articles")).Articles));

    // The fresh part (20 articles from 20 other outlets, SOURCES-c.md) was annotated after the rules were written
    // and is never tuned on: the closest stand-in for the issue's own unseen articles.
    private static readonly Lazy<EvaluationReport> Fresh = new(() =>
        AnalysisEvaluator.Evaluate(AnalyzedFresh.Value, GoldSet.Load(Path.Combine(DevSet, "fresh", "gold-fresh.jsonl"))));

    private static EvaluationReport Evaluate(string gold) => AnalysisEvaluator.Evaluate(Analyzed.Value, GoldSet.Load(Path.Combine(DevSet, gold)));

    [Fact]
    public void Tune_AllGoldBlocksAlign() => Assert.Equal(Tune.Value.GoldParagraphs, Tune.Value.Aligned);

    [Fact]
    public void HeldOut_AllGoldBlocksAlign() => Assert.Equal(HeldOut.Value.GoldParagraphs, HeldOut.Value.Aligned);

    [Fact]
    public void Fresh_AllGoldBlocksAlign() => Assert.Equal(Fresh.Value.GoldParagraphs, Fresh.Value.Aligned);

    // Measured: tune 0.991, held-out 0.941.
    [Theory]
    [InlineData("tune", 0.98)]
    [InlineData("heldout", 0.93)]
    public void ContentVersusOther_Accuracy(string split, double floor)
    {
        var report = Of(split);
        Assert.True(report.KindAccuracy >= floor, $"{split} kind accuracy {report.KindAccuracy:0.000} < {floor}");
    }

    // Measured: tune P 0.938 R 0.968 F1 0.952; held-out P 0.746 R 0.552 F1 0.635.
    [Theory]
    [InlineData("tune", 0.93, 0.90)]
    [InlineData("heldout", 0.62, 0.72)]
    public void Speakers_F1AndPrecision(string split, double f1Floor, double precisionFloor)
    {
        var speakers = Of(split).Speakers;
        Assert.True(speakers.F1 >= f1Floor, $"{split} speaker F1 {speakers.F1:0.000} < {f1Floor}");
        Assert.True(speakers.Precision >= precisionFloor, $"{split} speaker precision {speakers.Precision:0.000} < {precisionFloor}");
    }

    // Measured: tune 0.763, held-out 0.609.
    [Theory]
    [InlineData("tune", 0.74)]
    [InlineData("heldout", 0.59)]
    public void Stance_MacroF1(string split, double floor)
    {
        var stance = Of(split).Stance;
        Assert.True(stance.MacroF1 >= floor, $"{split} stance macro-F1 {stance.MacroF1:0.000} < {floor}");
    }

    private static EvaluationReport Of(string split) => split switch
    {
        "tune" => Tune.Value,
        "heldout" => HeldOut.Value,
        _ => Fresh.Value,
    };
}
