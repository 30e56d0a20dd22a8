using System.Collections.Concurrent;
using PolicySearch.Core.Evaluation.Relevance;
using PolicySearch.Core.Querying.Relevance;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Relevance;

/// <summary>
/// Floors of the ranking (issue 22) on the seeds' judgments and on the development set's judged queries (tuning,
/// held-back, fresh, and fresh-g to fresh-zq; TestData/relevance): the product's nDCG@10 must stay at or above the floor
/// measured when the weights were set (docs/relevance.md), and above plain BM25 (the same engine with every boost off)
/// where the weights were chosen on the set. Floors, not exact figures: a better analysis or ranking may raise them.
/// </summary>
public class RelevanceFloorTests
{
    private static readonly Lazy<Measured> SeedFigures = new(() => Measure(RelevanceIndexes.Seeds.Engine, "seeds"));

    private static readonly Lazy<Measured> TuneFigures = new(() => Measure(RelevanceIndexes.Dev.Engine, "dev-tune"));

    private static readonly Lazy<Measured> HeldBackFigures = new(() => Measure(RelevanceIndexes.Dev.Engine, "dev-heldback"));

    private static readonly Lazy<Measured> FreshFigures = new(() => Measure(RelevanceIndexes.Part("fresh").Engine, "fresh"));

    // The judged sets over parts that no ranking choice had seen when they were first run (docs/relevance.md), by set
    // name, each measured once.
    private static readonly ConcurrentDictionary<string, Lazy<Measured>> UnseenSets = new(StringComparer.Ordinal);

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
    /// Floors only, with no "above BM25" check: each set was written, and (from fresh-n on) every content paragraph judged
    /// against every query, by someone who never ran the product, after the weights of the time were final. Measured
    /// (product / BM25) on the first run and now: fresh-g 0.758 / 0.754, now 0.771 / 0.754; fresh-m 0.724 / 0.703, now
    /// 0.725 / 0.703; fresh-n 0.628 / 0.575, now 0.678 / 0.575 after the fourth session's leave-one-set-out choice, which
    /// saw it; fresh-o 0.774 / 0.719, now 0.776 / 0.728; fresh-p 0.763 / 0.716, now 0.760 / 0.717; fresh-q 0.661 / 0.667,
    /// now 0.672 / 0.673, the one set where the product ranks below plain BM25; fresh-r 0.743 / 0.682, now 0.734 /
    /// 0.682; fresh-s 0.723 / 0.707; fresh-t 0.805 / 0.796 and fresh-u 0.803 / 0.772 (sixth session); fresh-v 0.800 /
    /// 0.781 and fresh-w 0.838 / 0.837 (after round 18 of the analysis); fresh-x 0.725 / 0.712 and fresh-y 0.809 / 0.782
    /// (after round 19); fresh-z 0.798 / 0.769 (after round 20); fresh-za 0.832 / 0.791 and fresh-zb 0.773 / 0.727 (with
    /// the stance part, which no set of theirs chose); fresh-zc 0.841 / 0.840, fresh-zd 0.823 / 0.803, fresh-ze 0.767 /
    /// 0.751 and fresh-zf 0.798 / 0.781 (seventh session, with the stance model); fresh-zg 0.849 / 0.814, fresh-zh 0.787 /
    /// 0.768, fresh-zi 0.799 / 0.770, fresh-zj 0.867 / 0.792 and fresh-zk 0.762 / 0.735 (eighth session); fresh-zl 0.770 /
    /// 0.709 and fresh-zm 0.825 / 0.801 (ninth session; 0.767 and 0.825 with the 38-part stance model); fresh-zn 0.722 /
    /// 0.691 (seven of its eleven articles not in English) and fresh-zo 0.821 / 0.798 (tenth session; 0.827 / 0.799 once
    /// its errors were read); fresh-zp 0.750 / 0.689 (0.742 after the session's speaker rounds) and fresh-zq 0.848 /
    /// 0.784; fresh-zr 0.733 / 0.715, fresh-zs 0.781 / 0.760, fresh-zt 0.728 / 0.666 (0.735 after round 23), fresh-zu
    /// 0.732 / 0.712, fresh-zv 0.788 / 0.766, fresh-zw 0.809 / 0.769, fresh-zx 0.765 / 0.765 and fresh-zy 0.834 / 0.832
    /// (eleventh session); first runs of the twelfth session's sets (on its first commit): fresh-zz 0.777 / 0.725, fresh-aa
    /// 0.829 / 0.780, fresh-ab 0.775 / 0.735, fresh-ac 0.704 / 0.655, fresh-ad 0.671 / 0.617, fresh-ae 0.801 / 0.767,
    /// fresh-af 0.790 / 0.738 and fresh-ag 0.781 / 0.763 (after the session's analysis rounds: fresh-zz 0.784, fresh-ac
    /// 0.694, fresh-ad 0.685, fresh-af 0.791; after round 29, fresh-af 0.817 and fresh-ag 0.749 / 0.730: a resolution's
    /// recital lines are indexed now, no longer dropped as teasers, and outrank judged paragraphs for two keyword
    /// queries); fresh-ah 0.690 / 0.652 and fresh-ai 0.801 / 0.723 (after the session's analysis rounds, untouched). These keep the figures from falling; they do not claim the goal.
    /// </summary>
    [Theory]
    [InlineData("freshg", 0.74)]
    [InlineData("freshm", 0.70)]
    [InlineData("freshn", 0.65)]
    [InlineData("fresho", 0.75)]
    [InlineData("freshp", 0.74)]
    [InlineData("freshq", 0.64)]
    [InlineData("freshr", 0.72)]
    [InlineData("freshs", 0.70)]
    [InlineData("fresht", 0.78)]
    [InlineData("freshu", 0.78)]
    [InlineData("freshv", 0.78)]
    [InlineData("freshw", 0.82)]
    [InlineData("freshx", 0.70)]
    [InlineData("freshy", 0.79)]
    [InlineData("freshz", 0.77)]
    [InlineData("freshza", 0.81)]
    [InlineData("freshzb", 0.75)]
    [InlineData("freshzc", 0.82)]
    [InlineData("freshzd", 0.80)]
    [InlineData("freshze", 0.74)]
    [InlineData("freshzf", 0.77)]
    [InlineData("freshzg", 0.82)]
    [InlineData("freshzh", 0.76)]
    [InlineData("freshzi", 0.77)]
    [InlineData("freshzj", 0.84)]
    [InlineData("freshzk", 0.74)]
    [InlineData("freshzl", 0.74)]
    [InlineData("freshzm", 0.79)]
    [InlineData("freshzn", 0.69)]
    [InlineData("freshzo", 0.79)]
    [InlineData("freshzp", 0.72)]
    [InlineData("freshzq", 0.82)]
    [InlineData("freshzr", 0.71)]
    [InlineData("freshzs", 0.76)]
    [InlineData("freshzt", 0.70)]
    [InlineData("freshzu", 0.71)]
    [InlineData("freshzv", 0.76)]
    [InlineData("freshzw", 0.78)]
    [InlineData("freshzx", 0.74)]
    [InlineData("freshzy", 0.81)]
    [InlineData("freshzz", 0.76)]
    [InlineData("freshaa", 0.81)]
    [InlineData("freshab", 0.75)]
    [InlineData("freshac", 0.67)]
    [InlineData("freshad", 0.66)]
    [InlineData("freshae", 0.78)]
    [InlineData("freshaf", 0.77)]
    [InlineData("freshag", 0.73)]
    [InlineData("freshah", 0.67)]
    [InlineData("freshai", 0.78)]
    public void UnseenSet_ProductNdcgAtLeastItsFloor(string set, double floor)
    {
        // The set "freshza" is judged on the part "fresh-za".
        var measured = UnseenSets.GetOrAdd(set, static name => new(() => Measure(RelevanceIndexes.Part("fresh-" + name["fresh".Length..]).Engine, name)));
        var (product, plain) = measured.Value.All;
        Assert.True(product >= floor, $"{set} nDCG@10 {product:0.000} (BM25 {plain:0.000}) < {floor}");
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
