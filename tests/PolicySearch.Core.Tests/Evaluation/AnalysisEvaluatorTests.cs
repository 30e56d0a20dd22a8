using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;
using PolicySearch.Core.Evaluation;

namespace PolicySearch.Core.Tests.Evaluation;

public class AnalysisEvaluatorTests
{
    private static AnalyzedArticle Analysed(string text, params (string[] Speakers, Stance? Stance, ParagraphKind Kind)[] labels)
    {
        var article = new Article("a", "Outlet", null, null, null, text);
        var paragraphs = ParagraphSplitter.Split(text)
            .Select((p, i) => new AnalyzedParagraph("a", i, p, labels[i].Kind, "test", labels[i].Speakers, labels[i].Stance, []))
            .ToList();
        return new AnalyzedArticle(article, paragraphs);
    }

    private static GoldParagraph Gold(int index, int start, int end, string kind, string[] speakers, string[] optional, string? stance, bool ambiguous = false) =>
        new("a", index, start, end, "", kind, speakers, optional, stance, ambiguous);

    [Fact]
    public void Evaluate_CountsSpeakerPairsAndIgnoresOptionalSpeakers()
    {
        const string text = "One said.\nTwo said.";
        var analysed = Analysed(text,
            (["Ann Lee", "Bob Roe"], Stance.Supports, ParagraphKind.Content),
            (["Cy Poe"], Stance.Neutral, ParagraphKind.Content));
        var gold = new[]
        {
            Gold(0, 0, 9, "content", ["Ann Lee"], ["Bob Roe"], "supports"),
            Gold(1, 10, 19, "content", ["Dee Fox"], [], "opposes", ambiguous: true),
        };

        var report = AnalysisEvaluator.Evaluate([analysed], gold);

        Assert.Equal(new PrecisionRecall(1, 1, 1), report.Speakers);
        Assert.Equal(0.5, report.Stance.Accuracy);
        Assert.Equal(1.0, report.StanceUnambiguous.Accuracy);
        Assert.Equal(1.0, report.KindAccuracy);
    }

    [Fact]
    public void Evaluate_NamesMatchIgnoringCaseAccentsAndPunctuation()
    {
        var analysed = Analysed("Quote.", (["Raymond Lopez"], Stance.Neutral, ParagraphKind.Content));

        var report = AnalysisEvaluator.Evaluate([analysed], [Gold(0, 0, 6, "content", ["Raymond López"], [], "neutral")]);

        Assert.Equal(1, report.Speakers.TruePositives);
    }

    [Fact]
    public void Evaluate_GoldBlockInsideALongerSystemParagraph_IsASegmentationError()
    {
        var article = new Article("a", "Outlet", null, null, null, "One.\nTwo.");
        var merged = new AnalyzedArticle(article, [new AnalyzedParagraph("a", 0, "One.\nTwo.", ParagraphKind.Content, "test", [], Stance.Neutral, [])]);

        var report = AnalysisEvaluator.Evaluate([merged], [Gold(0, 0, 4, "content", [], [], "neutral"), Gold(1, 5, 9, "content", [], [], "neutral")]);

        Assert.Equal(2, report.SegmentationErrors);
        Assert.Equal(0, report.KindAccuracy);
    }

    [Fact]
    public void Evaluate_DroppedContent_IsListedAmongTheWorstErrors()
    {
        var analysed = Analysed("Body.", ([], null, ParagraphKind.Boilerplate));

        var report = AnalysisEvaluator.Evaluate([analysed], [Gold(0, 0, 5, "content", [], [], "neutral")]);

        Assert.Equal(5, report.Errors[0].Severity);
        Assert.Contains("gold content, system boilerplate", report.Errors[0].What, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GoldRowsOfAnArticleNotRead_AreReportedAndLeftOutOfTheFigures()
    {
        var analysed = Analysed("Quote.", (["Ann Lee"], Stance.Neutral, ParagraphKind.Content));
        var gold = new[]
        {
            Gold(0, 0, 6, "content", ["Ann Lee"], [], "neutral"),
            new GoldParagraph("elsewhere", 0, 0, 10, "", "content", ["Bo Park"], [], "opposes", false),
            new GoldParagraph("elsewhere", 1, 11, 20, "", "boilerplate", [], [], null, false),
        };

        var report = AnalysisEvaluator.Evaluate([analysed], gold);

        Assert.Equal(1, report.GoldParagraphs);
        Assert.Equal(1.0, report.KindAccuracy);
        Assert.Equal(new PrecisionRecall(1, 0, 0), report.Speakers);
        Assert.Equal([new UnreadGoldArticle("elsewhere", 2)], report.UnreadGoldArticles);
    }

    [Fact]
    public void Evaluate_AnArticleWithoutGoldRows_IsReportedAndNotScored()
    {
        var labelled = Analysed("Quote.", (["Ann Lee"], Stance.Neutral, ParagraphKind.Content));
        var unlabelled = new AnalyzedArticle(new Article("b", "Unknown", null, null, null, "Other."),
            [new AnalyzedParagraph("b", 0, "Other.", ParagraphKind.Content, "test", ["Cy Poe"], Stance.Neutral, [])]);

        var report = AnalysisEvaluator.Evaluate([labelled, unlabelled], [Gold(0, 0, 6, "content", ["Ann Lee"], [], "neutral")]);

        Assert.Equal(new PrecisionRecall(1, 0, 0), report.Speakers);
        Assert.Equal(["b"], report.ArticlesWithoutGold);
    }

    [Fact]
    public void Evaluate_ASpeakerListedTwice_CountsOnce()
    {
        var analysed = Analysed("Quote.", (["Raymond López", "Raymond Lopez"], Stance.Neutral, ParagraphKind.Content));

        var report = AnalysisEvaluator.Evaluate([analysed], [Gold(0, 0, 6, "content", ["Raymond Lopez", "RAYMOND LÓPEZ"], [], "neutral")]);

        Assert.Equal(new PrecisionRecall(1, 0, 0), report.Speakers);
    }

    [Fact]
    public void Evaluate_StanceConfusion_GivesEachClassItsPrecisionAndRecall()
    {
        const string text = "A.\nB.\nC.\nD.";
        var analysed = Analysed(text,
            ([], Stance.Supports, ParagraphKind.Content),
            ([], Stance.Supports, ParagraphKind.Content),
            ([], Stance.Opposes, ParagraphKind.Content),
            ([], Stance.Neutral, ParagraphKind.Content));
        var gold = new[]
        {
            Gold(0, 0, 2, "content", [], [], "supports"),
            Gold(1, 3, 5, "content", [], [], "opposes"),
            Gold(2, 6, 8, "content", [], [], "opposes"),
            Gold(3, 9, 11, "content", [], [], "neutral"),
        };

        var stance = AnalysisEvaluator.Evaluate([analysed], gold).Stance;

        Assert.Equal(1, stance.Count("opposes", "supports"));
        Assert.Equal(1, stance.Count("opposes", "opposes"));
        Assert.Equal(new PrecisionRecall(1, 1, 0), stance.For("supports"));
        Assert.Equal(new PrecisionRecall(1, 0, 1), stance.For("opposes"));
        Assert.Equal(["neutral", "opposes", "supports"], stance.Labels);
    }
}
