using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;
using PolicySearch.Core.Evaluation;

namespace PolicySearch.Core.Tests.Evaluation;

/// <summary>
/// The quality floors on the seed development set. Floors, not exact numbers: the rules may improve
/// or trade a seed paragraph for generality, but must not fall below these.
/// </summary>
public class SeedFloorTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData");

    private static readonly Lazy<EvaluationReport> Report = new(() =>
    {
        var corpus = CorpusReader.Read(Path.Combine(Data, "seeds"));
        var gold = GoldSet.Load(Path.Combine(Data, "gold", "paragraphs.jsonl"));
        return AnalysisEvaluator.Evaluate(ArticleAnalyzer.CreateDefault().Analyze(corpus.Articles), gold);
    });

    [Fact]
    public void Seeds_AllGoldBlocksAlign()
    {
        Assert.Equal(105, Report.Value.GoldParagraphs);
        Assert.Equal(105, Report.Value.Aligned);
    }

    [Fact]
    public void Seeds_ContentVersusOther_AccuracyAtLeast098()
    {
        Assert.True(Report.Value.KindAccuracy >= 0.98, $"kind accuracy {Report.Value.KindAccuracy:0.000}");
    }

    [Fact]
    public void Seeds_Speakers_F1AtLeast090_PrecisionAtLeast092()
    {
        var speakers = Report.Value.Speakers;
        Assert.True(speakers.F1 >= 0.90, $"speaker F1 {speakers.F1:0.000}");
        Assert.True(speakers.Precision >= 0.92, $"speaker precision {speakers.Precision:0.000}");
    }

    [Fact]
    public void Seeds_Stance_MacroF1AtLeast075()
    {
        Assert.True(Report.Value.Stance.MacroF1 >= 0.75, $"stance macro-F1 {Report.Value.Stance.MacroF1:0.000}");
    }
}
