using PolicySearch.Core.Evaluation.Relevance;
using PolicySearch.Core.Querying.Relevance;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Relevance;

/// <summary>
/// Floors of the ranking (issue 22) on the seeds' judgments, the tuning, held-back, fresh, fresh-g, fresh-m, fresh-n,
/// fresh-o, fresh-p and fresh-q queries of the development set (TestData/relevance): the product's nDCG@10 must stay at or above the floor
/// measured when the weights were set (docs/relevance.md), and above plain BM25 (the same engine with every boost off). Floors,
/// not exact figures: a better analysis or ranking may raise them.
/// </summary>
public class RelevanceFloorTests
{
    private static readonly Lazy<Measured> SeedFigures = new(() => Measure(RelevanceIndexes.Seeds.Engine, "seeds"));

    private static readonly Lazy<Measured> TuneFigures = new(() => Measure(RelevanceIndexes.Dev.Engine, "dev-tune"));

    private static readonly Lazy<Measured> HeldBackFigures = new(() => Measure(RelevanceIndexes.Dev.Engine, "dev-heldback"));

    private static readonly Lazy<Measured> FreshFigures = new(() => Measure(RelevanceIndexes.Fresh.Engine, "fresh"));

    private static readonly Lazy<Measured> FreshGFigures = new(() => Measure(RelevanceIndexes.FreshG.Engine, "freshg"));

    private static readonly Lazy<Measured> FreshMFigures = new(() => Measure(RelevanceIndexes.FreshM.Engine, "freshm"));

    private static readonly Lazy<Measured> FreshNFigures = new(() => Measure(RelevanceIndexes.FreshN.Engine, "freshn"));

    private static readonly Lazy<Measured> FreshOFigures = new(() => Measure(RelevanceIndexes.FreshO.Engine, "fresho"));

    private static readonly Lazy<Measured> FreshPFigures = new(() => Measure(RelevanceIndexes.FreshP.Engine, "freshp"));

    private static readonly Lazy<Measured> FreshQFigures = new(() => Measure(RelevanceIndexes.FreshQ.Engine, "freshq"));

    [Fact]
    public void Seeds_ProductNdcgAtLeast083_AndAboveBm25()
    {
        var (product, plain) = SeedFigures.Value.All;
        Assert.True(product >= 0.83, $"seeds nDCG@10 {product:0.000}");
        Assert.True(product >= plain + 0.02, $"seeds nDCG@10 {product:0.000} against BM25 {plain:0.000}");
    }

    [Fact]
    public void Seeds_NoQueryClassBelowBm25()
    {
        AssertNoClassBelow(SeedFigures.Value);
    }

    [Fact]
    public void DevTune_ProductNdcgAtLeast078_NoQueryClassBelowBm25()
    {
        var (product, plain) = TuneFigures.Value.All;
        Assert.True(product >= 0.78, $"dev-tune nDCG@10 {product:0.000}");
        Assert.True(product >= plain + 0.06, $"dev-tune nDCG@10 {product:0.000} against BM25 {plain:0.000}");
        AssertNoClassBelow(TuneFigures.Value);
    }

    /// <summary>
    /// A floor only: the held-back queries are never tuned on, so whether the boosts beat plain BM25 there is a
    /// measurement to report (docs/relevance.md), not a condition to tune until it holds.
    /// </summary>
    [Fact]
    public void DevHeldBack_ProductNdcgAtLeast076()
    {
        var (product, plain) = HeldBackFigures.Value.All;
        Assert.True(product >= 0.76, $"held-back nDCG@10 {product:0.000} (BM25 {plain:0.000})");
    }

    /// <summary>
    /// Floors only, like the held-back queries': the fresh queries (16, over 20 articles never tuned on) were judged
    /// after the weights were set and are the stand-in for the issue's own held-out set. Measured 0.723 against
    /// BM25's 0.676 on their first run; 0.726 after the leading-name share.
    /// </summary>
    [Fact]
    public void Fresh_ProductNdcgAtLeast071_AboveBm25()
    {
        var (product, plain) = FreshFigures.Value.All;
        Assert.True(product >= 0.71, $"fresh nDCG@10 {product:0.000} (BM25 {plain:0.000})");
        Assert.True(product >= plain + 0.02, $"fresh nDCG@10 {product:0.000} against BM25 {plain:0.000}");
    }

    /// <summary>
    /// A floor only: the fresh-g queries (16, over part G's 20 articles) were written and judged by someone who never
    /// saw the ranking's figures, after the weights were final. Measured 0.758 against BM25's 0.754 on their first run.
    /// </summary>
    [Fact]
    public void FreshG_ProductNdcgAtLeast074()
    {
        var (product, plain) = FreshGFigures.Value.All;
        Assert.True(product >= 0.74, $"fresh-g nDCG@10 {product:0.000} (BM25 {plain:0.000})");
    }

    /// <summary>
    /// A floor only: the fresh-m queries (16, over part M's 15 articles) were written and judged, like fresh-g's, by
    /// someone who never saw the ranking's figures, after the weights were final. Measured 0.724 against BM25's 0.703
    /// on their first run.
    /// </summary>
    [Fact]
    public void FreshM_ProductNdcgAtLeast070()
    {
        var (product, plain) = FreshMFigures.Value.All;
        Assert.True(product >= 0.70, $"fresh-m nDCG@10 {product:0.000} (BM25 {plain:0.000})");
    }

    /// <summary>
    /// A floor only: the fresh-n queries (16, over part N's 15 articles) were written and every content paragraph
    /// judged against each of them by someone who never ran the product. Measured 0.628 against BM25's 0.575 on their
    /// first run, 0.678 after the fourth session's leave-one-set-out choice, which saw them (docs/relevance.md).
    /// </summary>
    [Fact]
    public void FreshN_ProductNdcgAtLeast065()
    {
        var (product, plain) = FreshNFigures.Value.All;
        Assert.True(product >= 0.65, $"fresh-n nDCG@10 {product:0.000} (BM25 {plain:0.000})");
    }

    /// <summary>
    /// A floor only: the fresh-o queries (16, over part O's 15 articles) were written and every content paragraph judged
    /// against each of them by someone who never ran the product; no ranking choice has seen them. Measured 0.774
    /// against BM25's 0.719 on their first run, 0.776 against 0.728 once part O's analysis errors were read
    /// (docs/relevance.md).
    /// </summary>
    [Fact]
    public void FreshO_ProductNdcgAtLeast075()
    {
        var (product, plain) = FreshOFigures.Value.All;
        Assert.True(product >= 0.75, $"fresh-o nDCG@10 {product:0.000} (BM25 {plain:0.000})");
    }

    /// <summary>
    /// A floor only: the fresh-p queries (16, over part P's 15 articles), made as fresh-o's; no ranking choice has seen
    /// them. Measured 0.763 against BM25's 0.716 on their first run, 0.760 against 0.717 once round 15 of the analysis
    /// read part P (docs/relevance.md).
    /// </summary>
    [Fact]
    public void FreshP_ProductNdcgAtLeast074()
    {
        var (product, plain) = FreshPFigures.Value.All;
        Assert.True(product >= 0.74, $"fresh-p nDCG@10 {product:0.000} (BM25 {plain:0.000})");
    }

    /// <summary>
    /// A floor only, and no "above BM25" check: the fresh-q queries (16, over part Q's 15 articles) measured 0.661
    /// against BM25's 0.667 on their untouched first run, the one judged set where the product ranks below plain BM25,
    /// and 0.672 against 0.673 once round 16 of the analysis read part Q (docs/relevance.md). This keeps the figure from
    /// falling further; it does not claim the goal.
    /// </summary>
    [Fact]
    public void FreshQ_ProductNdcgAtLeast064()
    {
        var (product, plain) = FreshQFigures.Value.All;
        Assert.True(product >= 0.64, $"fresh-q nDCG@10 {product:0.000} (BM25 {plain:0.000})");
    }

    private static void AssertNoClassBelow(Measured measured)
    {
        foreach (var (name, (product, plain)) in measured.Classes)
        {
            Assert.True(product >= plain - 0.0005, $"class {name}: nDCG@10 {product:0.000} below BM25 {plain:0.000}");
        }
    }

    private static Measured Measure(SearchEngine engine, string name)
    {
        var judgments = RelevanceJudgments.Load(RelevanceIndexes.Judgments($"{name}-queries.tsv"), RelevanceIndexes.Judgments($"{name}-qrels.tsv"));
        var product = RelevanceEvaluator.Summarise(RelevanceEvaluator.Run(engine, judgments, RelevanceOptions.Default));
        var plain = RelevanceEvaluator.Summarise(RelevanceEvaluator.Run(engine, judgments, RelevanceOptions.None))
            .ToDictionary(summary => summary.Name, StringComparer.Ordinal);
        var classes = product.ToDictionary(summary => summary.Name, summary => (summary.Ndcg10, plain[summary.Name].Ndcg10), StringComparer.Ordinal);
        return new Measured(classes["all"], classes);
    }

    private sealed record Measured((double Product, double Plain) All, IReadOnlyDictionary<string, (double Product, double Plain)> Classes);
}
