using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;
using PolicySearch.Core.Evaluation;

namespace PolicySearch.Core.Tests.Evaluation;

/// <summary>
/// Regression floors on the development set's fifty-three parts (TestData/devset, docs/analysis.md): "tune", "tune-d",
/// "tune-e", "tune-f", "fresh", "tune-h", "tune-i", "tune-j", "tune-k" and "tune-l", which the rules were developed on
/// (each of the last seven measured once untouched first); "heldout", split off by outlet before any tuning
/// (TestData/devset/tools/split_devset.py), and "fresh-g", 20 articles from 20 other outlets annotated by someone who
/// never ran the analysis: these two are only measured, never read for tuning; and "fresh-m", 15 articles from 15 other
/// outlets, measured untouched twice and then read once for speaker and stance errors (docs/analysis.md, round 11); and
/// "fresh-n" to "fresh-q", 15 articles each from 15 other outlets, measured untouched and then read for their errors
/// (docs/analysis.md, rounds 12 to 16), as was "fresh-r" (11 articles, round 17); and "fresh-s", 8 more, measured
/// untouched at the end of the fifth session and never read; and "fresh-t" and "fresh-u", 9 articles each, measured
/// untouched at the start of the sixth and read in round 18; and "fresh-v" and "fresh-w" (10 and 12 articles), measured
/// untouched after round 18 and read in round 19; and "fresh-x" and "fresh-y" (10 and 12 articles), measured untouched
/// after round 19 and read in round 20; and "fresh-z", "fresh-za" and "fresh-zb" (11, 10 and 9 articles), measured
/// untouched after round 20 and never read but for the kinds of the last two; and "fresh-zc" to "fresh-zf" (9, 9, 8 and
/// 8 articles), made in the seventh session to confirm the stance model and never read; and "fresh-zg" to "fresh-zi"
/// (10, 8 and 9 articles), made in the eighth session, measured untouched and never read but for the kinds of
/// fresh-zh; and "fresh-zj" and "fresh-zk" (8 articles each), made later in the eighth session, measured untouched and
/// never read but for their kinds; and "fresh-zl" and "fresh-zm" (8 articles each), made in the ninth session, measured
/// untouched and then read for their kinds and speaker errors; and "fresh-zn" (11 articles, seven not in English) and
/// "fresh-zo" (8 articles), made in the tenth session and measured untouched, fresh-zo then read for its errors; and
/// "fresh-zp" and "fresh-zq" (9 and 8 English articles from outlets seen before), made later in the tenth session,
/// measured untouched and then read for their kinds and speaker errors; and "fresh-zr" to "fresh-zu" (10, 7, 9 and 8
/// English articles, mostly from outlets seen before), made in the eleventh session, measured untouched and then read
/// for their speaker errors; and "fresh-zv" and "fresh-zw" (9 and 11), made later in that session, measured untouched
/// and then read for their speaker errors; and "fresh-zx" and "fresh-zy" (9 and 8), made last in that session, measured
/// untouched and read in the twelfth; and "fresh-zz" to "fresh-ag" (eight parts of 10 articles, in pairs split by year),
/// made in the twelfth session and measured untouched on arrival, then read for their errors (rounds 25 to 29); and
/// "fresh-ah" and "fresh-ai" (10 each), made last in that session, measured untouched and never read. The
/// stance model is trained on every part but fresh-zl to fresh-ai (TestData/devset/stance-training.tsv), so the other
/// parts' stance floors measure how well it fits its own training data; those twenty-four measure it on articles it
/// never saw. Every floor sits a little under the figure measured when the analysis last moved (in the comments), so
/// that CI catches a regression without pinning exact numbers.
/// </summary>
public class DevSetFloorTests
{
    private static readonly string DevSet = Path.Combine(AppContext.BaseDirectory, "TestData", "devset");

    private static readonly Lazy<IReadOnlyList<AnalyzedArticle>> Analyzed = new(() => Analyze("articles"));

    private static readonly Dictionary<string, Lazy<EvaluationReport>> Parts = new(StringComparer.Ordinal)
    {
        ["tune"] = new(() => Evaluate(Analyzed.Value, "gold-tune.jsonl")),
        ["heldout"] = new(() => Evaluate(Analyzed.Value, "gold-heldout.jsonl")),
        ["tune-d"] = new(() => Evaluate(Analyze("tune-d/articles"), "tune-d/gold-tune-d.jsonl")),
        ["tune-e"] = new(() => Evaluate(Analyze("tune-e/articles"), "tune-e/gold-tune-e.jsonl")),
        ["tune-f"] = new(() => Evaluate(Analyze("tune-f/articles"), "tune-f/gold-tune-f.jsonl")),
        ["fresh"] = new(() => Evaluate(Analyze("fresh/articles"), "fresh/gold-fresh.jsonl")),
        ["fresh-g"] = new(() => Evaluate(Analyze("fresh-g/articles"), "fresh-g/gold-fresh-g.jsonl")),
        ["tune-h"] = new(() => Evaluate(Analyze("tune-h/articles"), "tune-h/gold-tune-h.jsonl")),
        ["tune-i"] = new(() => Evaluate(Analyze("tune-i/articles"), "tune-i/gold-tune-i.jsonl")),
        ["tune-j"] = new(() => Evaluate(Analyze("tune-j/articles"), "tune-j/gold-tune-j.jsonl")),
        ["tune-k"] = new(() => Evaluate(Analyze("tune-k/articles"), "tune-k/gold-tune-k.jsonl")),
        ["tune-l"] = new(() => Evaluate(Analyze("tune-l/articles"), "tune-l/gold-tune-l.jsonl")),
        ["fresh-m"] = new(() => Evaluate(Analyze("fresh-m/articles"), "fresh-m/gold-fresh-m.jsonl")),
        ["fresh-n"] = new(() => Evaluate(Analyze("fresh-n/articles"), "fresh-n/gold-fresh-n.jsonl")),
        ["fresh-o"] = new(() => Evaluate(Analyze("fresh-o/articles"), "fresh-o/gold-fresh-o.jsonl")),
        ["fresh-p"] = new(() => Evaluate(Analyze("fresh-p/articles"), "fresh-p/gold-fresh-p.jsonl")),
        ["fresh-q"] = new(() => Evaluate(Analyze("fresh-q/articles"), "fresh-q/gold-fresh-q.jsonl")),
        ["fresh-r"] = new(() => Evaluate(Analyze("fresh-r/articles"), "fresh-r/gold-fresh-r.jsonl")),
        ["fresh-s"] = new(() => Evaluate(Analyze("fresh-s/articles"), "fresh-s/gold-fresh-s.jsonl")),
        ["fresh-t"] = new(() => Evaluate(Analyze("fresh-t/articles"), "fresh-t/gold-fresh-t.jsonl")),
        ["fresh-u"] = new(() => Evaluate(Analyze("fresh-u/articles"), "fresh-u/gold-fresh-u.jsonl")),
        ["fresh-v"] = new(() => Evaluate(Analyze("fresh-v/articles"), "fresh-v/gold-fresh-v.jsonl")),
        ["fresh-w"] = new(() => Evaluate(Analyze("fresh-w/articles"), "fresh-w/gold-fresh-w.jsonl")),
        ["fresh-x"] = new(() => Evaluate(Analyze("fresh-x/articles"), "fresh-x/gold-fresh-x.jsonl")),
        ["fresh-y"] = new(() => Evaluate(Analyze("fresh-y/articles"), "fresh-y/gold-fresh-y.jsonl")),
        ["fresh-z"] = new(() => Evaluate(Analyze("fresh-z/articles"), "fresh-z/gold-fresh-z.jsonl")),
        ["fresh-za"] = new(() => Evaluate(Analyze("fresh-za/articles"), "fresh-za/gold-fresh-za.jsonl")),
        ["fresh-zb"] = new(() => Evaluate(Analyze("fresh-zb/articles"), "fresh-zb/gold-fresh-zb.jsonl")),
        ["fresh-zc"] = new(() => Evaluate(Analyze("fresh-zc/articles"), "fresh-zc/gold-fresh-zc.jsonl")),
        ["fresh-zd"] = new(() => Evaluate(Analyze("fresh-zd/articles"), "fresh-zd/gold-fresh-zd.jsonl")),
        ["fresh-ze"] = new(() => Evaluate(Analyze("fresh-ze/articles"), "fresh-ze/gold-fresh-ze.jsonl")),
        ["fresh-zf"] = new(() => Evaluate(Analyze("fresh-zf/articles"), "fresh-zf/gold-fresh-zf.jsonl")),
        ["fresh-zg"] = new(() => Evaluate(Analyze("fresh-zg/articles"), "fresh-zg/gold-fresh-zg.jsonl")),
        ["fresh-zh"] = new(() => Evaluate(Analyze("fresh-zh/articles"), "fresh-zh/gold-fresh-zh.jsonl")),
        ["fresh-zi"] = new(() => Evaluate(Analyze("fresh-zi/articles"), "fresh-zi/gold-fresh-zi.jsonl")),
        ["fresh-zj"] = new(() => Evaluate(Analyze("fresh-zj/articles"), "fresh-zj/gold-fresh-zj.jsonl")),
        ["fresh-zk"] = new(() => Evaluate(Analyze("fresh-zk/articles"), "fresh-zk/gold-fresh-zk.jsonl")),
        ["fresh-zl"] = new(() => Evaluate(Analyze("fresh-zl/articles"), "fresh-zl/gold-fresh-zl.jsonl")),
        ["fresh-zm"] = new(() => Evaluate(Analyze("fresh-zm/articles"), "fresh-zm/gold-fresh-zm.jsonl")),
        ["fresh-zn"] = new(() => Evaluate(Analyze("fresh-zn/articles"), "fresh-zn/gold-fresh-zn.jsonl")),
        ["fresh-zo"] = new(() => Evaluate(Analyze("fresh-zo/articles"), "fresh-zo/gold-fresh-zo.jsonl")),
        ["fresh-zp"] = new(() => Evaluate(Analyze("fresh-zp/articles"), "fresh-zp/gold-fresh-zp.jsonl")),
        ["fresh-zq"] = new(() => Evaluate(Analyze("fresh-zq/articles"), "fresh-zq/gold-fresh-zq.jsonl")),
        ["fresh-zr"] = new(() => Evaluate(Analyze("fresh-zr/articles"), "fresh-zr/gold-fresh-zr.jsonl")),
        ["fresh-zs"] = new(() => Evaluate(Analyze("fresh-zs/articles"), "fresh-zs/gold-fresh-zs.jsonl")),
        ["fresh-zt"] = new(() => Evaluate(Analyze("fresh-zt/articles"), "fresh-zt/gold-fresh-zt.jsonl")),
        ["fresh-zu"] = new(() => Evaluate(Analyze("fresh-zu/articles"), "fresh-zu/gold-fresh-zu.jsonl")),
        ["fresh-zv"] = new(() => Evaluate(Analyze("fresh-zv/articles"), "fresh-zv/gold-fresh-zv.jsonl")),
        ["fresh-zw"] = new(() => Evaluate(Analyze("fresh-zw/articles"), "fresh-zw/gold-fresh-zw.jsonl")),
        ["fresh-zx"] = new(() => Evaluate(Analyze("fresh-zx/articles"), "fresh-zx/gold-fresh-zx.jsonl")),
        ["fresh-zy"] = new(() => Evaluate(Analyze("fresh-zy/articles"), "fresh-zy/gold-fresh-zy.jsonl")),
        ["fresh-zz"] = new(() => Evaluate(Analyze("fresh-zz/articles"), "fresh-zz/gold-fresh-zz.jsonl")),
        ["fresh-aa"] = new(() => Evaluate(Analyze("fresh-aa/articles"), "fresh-aa/gold-fresh-aa.jsonl")),
        ["fresh-ab"] = new(() => Evaluate(Analyze("fresh-ab/articles"), "fresh-ab/gold-fresh-ab.jsonl")),
        ["fresh-ac"] = new(() => Evaluate(Analyze("fresh-ac/articles"), "fresh-ac/gold-fresh-ac.jsonl")),
        ["fresh-ad"] = new(() => Evaluate(Analyze("fresh-ad/articles"), "fresh-ad/gold-fresh-ad.jsonl")),
        ["fresh-ae"] = new(() => Evaluate(Analyze("fresh-ae/articles"), "fresh-ae/gold-fresh-ae.jsonl")),
        ["fresh-af"] = new(() => Evaluate(Analyze("fresh-af/articles"), "fresh-af/gold-fresh-af.jsonl")),
        ["fresh-ag"] = new(() => Evaluate(Analyze("fresh-ag/articles"), "fresh-ag/gold-fresh-ag.jsonl")),
        ["fresh-ah"] = new(() => Evaluate(Analyze("fresh-ah/articles"), "fresh-ah/gold-fresh-ah.jsonl")),
        ["fresh-ai"] = new(() => Evaluate(Analyze("fresh-ai/articles"), "fresh-ai/gold-fresh-ai.jsonl")),
    };

    [Theory]
    [InlineData("tune")]
    [InlineData("heldout")]
    [InlineData("tune-d")]
    [InlineData("tune-e")]
    [InlineData("tune-f")]
    [InlineData("fresh")]
    [InlineData("fresh-g")]
    [InlineData("tune-h")]
    [InlineData("tune-i")]
    [InlineData("tune-j")]
    [InlineData("tune-k")]
    [InlineData("tune-l")]
    [InlineData("fresh-m")]
    [InlineData("fresh-n")]
    [InlineData("fresh-o")]
    [InlineData("fresh-p")]
    [InlineData("fresh-q")]
    [InlineData("fresh-r")]
    [InlineData("fresh-s")]
    [InlineData("fresh-t")]
    [InlineData("fresh-u")]
    [InlineData("fresh-v")]
    [InlineData("fresh-w")]
    [InlineData("fresh-x")]
    [InlineData("fresh-y")]
    [InlineData("fresh-z")]
    [InlineData("fresh-za")]
    [InlineData("fresh-zb")]
    [InlineData("fresh-zc")]
    [InlineData("fresh-zd")]
    [InlineData("fresh-ze")]
    [InlineData("fresh-zf")]
    [InlineData("fresh-zg")]
    [InlineData("fresh-zh")]
    [InlineData("fresh-zi")]
    [InlineData("fresh-zj")]
    [InlineData("fresh-zk")]
    [InlineData("fresh-zl")]
    [InlineData("fresh-zm")]
    [InlineData("fresh-zn")]
    [InlineData("fresh-zo")]
    [InlineData("fresh-zp")]
    [InlineData("fresh-zq")]
    [InlineData("fresh-zr")]
    [InlineData("fresh-zs")]
    [InlineData("fresh-zt")]
    [InlineData("fresh-zu")]
    [InlineData("fresh-zv")]
    [InlineData("fresh-zw")]
    [InlineData("fresh-zx")]
    [InlineData("fresh-zy")]
    [InlineData("fresh-zz")]
    [InlineData("fresh-aa")]
    [InlineData("fresh-ab")]
    [InlineData("fresh-ac")]
    [InlineData("fresh-ad")]
    [InlineData("fresh-ae")]
    [InlineData("fresh-af")]
    [InlineData("fresh-ag")]
    [InlineData("fresh-ah")]
    [InlineData("fresh-ai")]
    public void AllGoldBlocksAlign(string part)
    {
        var report = Of(part);
        Assert.Equal(report.GoldParagraphs, report.Aligned);
    }

    // Measured: tune 0.991, held-out 0.960, tune-d 0.982, tune-e 0.979, tune-f 0.988, fresh 0.982, fresh-g 0.976,
    // tune-h 0.986, tune-i 0.975, tune-j 0.993, tune-k 0.980, tune-l 1.000, fresh-m 0.957, fresh-n 0.951,
    // fresh-o 0.961, fresh-p 0.981, fresh-q 0.975, fresh-r 1.000,
    // fresh-s 0.937, fresh-t 0.986, fresh-u 0.987, fresh-v 0.961, fresh-w 1.000,
    // fresh-x 0.962, fresh-y 1.000, fresh-z 1.000, fresh-za 0.944 and fresh-zb 0.937 (0.859 and 0.916
    // untouched; their kinds errors read in the seventh session), fresh-zc 1.000, fresh-zd 0.975,
    // fresh-ze 0.986, fresh-zf 0.934, fresh-zg 0.973, fresh-zh 1.000 (0.845 untouched; its kinds errors read in the
    // eighth session), fresh-zi 0.974, fresh-zj 0.917 (0.903 untouched) and fresh-zk 0.944 (their kinds errors read in
    // the eighth session; fresh-za 0.958 and tune-h 0.993 after that round), fresh-zl 0.986 and fresh-zm 0.909 untouched
    // (1.000 and 0.955 once their kinds errors were read, ninth session), fresh-zn 0.941 and fresh-zo 0.957 untouched
    // (fresh-zo 0.971 and fresh-o 0.969 once pull quotes were known, tenth session), fresh-zp 0.954 and fresh-zq 0.987
    // untouched, fresh-zr 0.920, fresh-zs 0.958, fresh-zt 0.986, fresh-zu 0.976, fresh-zv 0.931, fresh-zw 0.915,
    // fresh-zx 0.925 and fresh-zy 0.974 untouched (eleventh session). Twelfth session, after round 25 (ZR to ZW's kinds
    // errors: promos, prompts, glued credits, source lines, where a dek ends) and rounds 26 to 28: held-out 0.965,
    // fresh-zr 0.987, fresh-zs 0.986, fresh-zt 1.000, fresh-zu 0.988, fresh-zv 1.000, fresh-zw 0.972, fresh-zx 0.988
    // (its errors read), fresh-zy 0.974. New parts untouched on arrival (the session's first commit): fresh-zz 0.882,
    // fresh-aa 0.977, fresh-ab 0.977, fresh-ac 0.946, fresh-ad 0.935, fresh-ae 0.952, fresh-af 0.944, fresh-ag 0.814;
    // after rounds 25 to 28 (ZZ to AE read): fresh-zz 0.892, fresh-ad 0.959, fresh-ae 0.971, fresh-af 0.956 (then
    // unread); after round 29 (AF's and AG's errors read): fresh-af 0.978, fresh-ag 0.873, fresh-zy 0.987. Untouched on
    // the session's first commit and after round 29: fresh-ah 0.979 and 0.979, fresh-ai 0.926 and 0.947 (never read).
    [Theory]
    [InlineData("tune", 0.98)]
    [InlineData("heldout", 0.955)]
    [InlineData("tune-d", 0.97)]
    [InlineData("tune-e", 0.97)]
    [InlineData("tune-f", 0.97)]
    [InlineData("fresh", 0.97)]
    [InlineData("fresh-g", 0.96)]
    [InlineData("tune-h", 0.97)]
    [InlineData("tune-i", 0.96)]
    [InlineData("tune-j", 0.97)]
    [InlineData("tune-k", 0.96)]
    [InlineData("tune-l", 0.97)]
    [InlineData("fresh-m", 0.94)]
    [InlineData("fresh-n", 0.94)]
    [InlineData("fresh-o", 0.95)]
    [InlineData("fresh-p", 0.97)]
    [InlineData("fresh-q", 0.96)]
    [InlineData("fresh-r", 0.98)]
    [InlineData("fresh-s", 0.92)]
    [InlineData("fresh-t", 0.97)]
    [InlineData("fresh-u", 0.97)]
    [InlineData("fresh-v", 0.94)]
    [InlineData("fresh-w", 0.98)]
    [InlineData("fresh-x", 0.94)]
    [InlineData("fresh-y", 0.98)]
    [InlineData("fresh-z", 0.98)]
    [InlineData("fresh-za", 0.92)]
    [InlineData("fresh-zb", 0.92)]
    [InlineData("fresh-zc", 0.97)]
    [InlineData("fresh-zd", 0.95)]
    [InlineData("fresh-ze", 0.96)]
    [InlineData("fresh-zf", 0.91)]
    [InlineData("fresh-zg", 0.95)]
    [InlineData("fresh-zh", 0.97)]
    [InlineData("fresh-zi", 0.95)]
    [InlineData("fresh-zj", 0.90)]
    [InlineData("fresh-zk", 0.92)]
    [InlineData("fresh-zl", 0.97)]
    [InlineData("fresh-zm", 0.93)]
    [InlineData("fresh-zn", 0.92)]
    [InlineData("fresh-zo", 0.95)]
    [InlineData("fresh-zp", 0.94)]
    [InlineData("fresh-zq", 0.97)]
    [InlineData("fresh-zr", 0.97)]
    [InlineData("fresh-zs", 0.97)]
    [InlineData("fresh-zt", 0.97)]
    [InlineData("fresh-zu", 0.96)]
    [InlineData("fresh-zv", 0.98)]
    [InlineData("fresh-zw", 0.95)]
    [InlineData("fresh-zx", 0.97)]
    [InlineData("fresh-zy", 0.95)]
    [InlineData("fresh-zz", 0.88)]
    [InlineData("fresh-aa", 0.96)]
    [InlineData("fresh-ab", 0.96)]
    [InlineData("fresh-ac", 0.93)]
    [InlineData("fresh-ad", 0.94)]
    [InlineData("fresh-ae", 0.96)]
    [InlineData("fresh-af", 0.96)]
    [InlineData("fresh-ag", 0.86)]
    [InlineData("fresh-ah", 0.97)]
    [InlineData("fresh-ai", 0.93)]
    public void ContentVersusOther_Accuracy(string part, double floor)
    {
        var report = Of(part);
        Assert.True(report.KindAccuracy >= floor, $"{part} kind accuracy {report.KindAccuracy:0.000} < {floor}");
    }

    // Measured (F1 / precision): tune 0.992 / 0.984, held-out 0.809 / 0.878, tune-d 0.978 / 0.978, tune-e 0.938 / 0.978,
    // tune-f 0.974 / 0.987, fresh 0.899 / 0.980, fresh-g 0.786 / 0.898, tune-h 0.961 / 1.000, tune-i 0.886 / 1.000,
    // tune-j 0.938 / 0.978, tune-k 0.937 / 0.974, tune-l 0.970 / 1.000, fresh-m 0.538 / 0.893 (one letter with eight
    // signers holds half its speaker mentions), fresh-n 0.820 / 1.000, fresh-o 0.862 / 0.966,
    // fresh-p 0.897 / 0.921, fresh-q 0.746 / 0.917, fresh-r 0.852 / 0.958,
    // fresh-s 0.774 / 0.923 (0.813 / 0.929 after round 20), fresh-t 0.870 / 0.909, fresh-u 0.800 / 0.923,
    // fresh-v 0.900 / 0.818 (nine mentions), fresh-w 0.909 / 0.926, fresh-x 0.865 / 0.941, fresh-y 0.818 / 0.857,
    // fresh-z 0.606 / 0.769, fresh-za 0.571 / 1.000 (five mentions), fresh-zb 0.718 / 0.824,
    // fresh-zc 0.636 / 0.778, fresh-zd 0.815 / 0.917, fresh-ze 0.500 / 0.667, fresh-zf 0.417 / 0.833,
    // fresh-zg 0.741 / 0.909, fresh-zh 0.706 / 0.750 (0.720 / 0.783 once its captions were known), fresh-zi 0.667 / 0.824,
    // fresh-zj 0.667 / 0.700, fresh-zk 0.682 / 0.789, fresh-zl 0.571 / 0.615, fresh-zm 0.500 / 0.625 (0.556 / 0.833 after
    // its errors were read: an agreement named after a county is a document); after the tenth session's rounds (new
    // reporting verbs, a title of a body before its holder's name, then part ZO's errors): tune-f 0.968 / 0.974,
    // fresh-m 0.553 / 0.897, fresh-o 0.879 / 0.967, fresh-y 0.844 / 0.864, fresh-zc 0.696 / 0.800, fresh-ze 0.667 /
    // 0.750, fresh-zi 0.727 / 0.842, fresh-zl 0.621 / 0.643; untouched: fresh-zn 0.387 / 0.857 (seven articles not in
    // English; 0.769 / 0.833 on its four English ones; its errors unread), fresh-zo 0.722 / 0.722 (0.914 / 0.941 once its
    // errors were read); after the second round (supposed cases, "claims to", a suit against the subject): fresh-m 0.559 /
    // 0.929, fresh-t 0.889 / 0.952, fresh-x 0.889 / 1.000, fresh-zf 0.435 / 1.000; untouched: fresh-zp 0.733 / 0.815 on
    // the session's first commit, 0.721 / 0.786 after both rounds (a repeated dek's "Johnson highlighted"), fresh-zq
    // 0.852 / 0.929 on both (0.903 / 0.966 once its errors were read; fresh-m 0.553 / 0.897 then, the others as
    // above). Eleventh session, untouched on arrival: fresh-zr 0.571 / 0.889, fresh-zs 0.800 / 0.857; after its round
    // (participles and lead-ins, a filing's grounds, a letter's sender, "his office", "a Pritzker spokeswoman", "for a"
    // in a body's name, Jesús García): held-out 0.833 / 0.893, fresh-zg 0.786 / 0.917 and fresh-zi 0.756 / 0.850 (figures
    // only), tune-e 0.948 / 0.979, fresh-o 0.912 / 0.969, fresh-zl 0.897 / 0.929, fresh-zn 0.438 / 0.875, fresh-zr 0.667 /
    // 0.909, fresh-zs 0.851 / 0.870; untouched on arrival after that round: fresh-zt 0.650 / 0.619, fresh-zu 0.842 /
    // 0.842; after reading theirs (a party tag's two-word home place, "Co-chair", a relative clause after an inverted verb)
    // and a “ closed by ’: fresh-q 0.787 / 0.923, fresh-ze 0.720 / 0.900, fresh-zt 0.950 / 0.905, fresh-zu 0.865 / 0.889;
    // untouched after round 23 (the same on the session's first commit): fresh-zv 0.776 / 0.864, fresh-zw 0.905 / 0.950;
    // after reading theirs (round 24: "is sounding off", a misspelt ICIRR): fresh-zv 0.840 / 0.913; untouched after
    // round 23 and after round 24 (the same): fresh-zx 0.667 / 0.917, fresh-zy 0.952 / 1.000 (eleven mentions).
    // Twelfth session, untouched on arrival (the session's first commit): fresh-zz 0.737 / 0.875, fresh-aa 0.875 /
    // 0.955, fresh-ab 0.585 / 0.889 (a letter's six signers hold 24 of its 55 mentions), fresh-ac 0.543 / 0.792,
    // fresh-ad 0.800 / 0.933, fresh-ae 0.647 / 0.733, fresh-af 0.732 / 1.000, fresh-ag 0.643 / 0.692; after rounds 26
    // to 28 (ZX to AE read): fresh-zr 0.710 / 0.917, fresh-zu 0.889 / 0.941, fresh-zx 0.865 / 1.000, fresh-zz 0.885 /
    // 0.964, fresh-aa 0.980 / 1.000, fresh-ab 0.721 / 1.000, fresh-ac 0.718 / 0.875, fresh-ad 0.849 / 0.939, fresh-ae
    // 0.688 / 0.846; then unread: fresh-af 0.762 / 1.000, fresh-ag 0.643 / 0.692; figures only: held-out 0.833 /
    // 0.893, fresh-g 0.807 / 0.902; after round 29 (AF's and AG's errors read): fresh-af 0.791 / 1.000, fresh-ag 0.828 /
    // 0.857, fresh-p 0.911 / 0.923. Untouched, the same on the session's first commit and after round 29: fresh-ah
    // 0.524 / 0.688, fresh-ai 0.746 / 0.893 (never read).
    [Theory]
    [InlineData("tune", 0.97, 0.95)]
    [InlineData("heldout", 0.81, 0.87)]
    [InlineData("tune-d", 0.95, 0.95)]
    [InlineData("tune-e", 0.92, 0.95)]
    [InlineData("tune-f", 0.95, 0.96)]
    [InlineData("fresh", 0.87, 0.95)]
    [InlineData("fresh-g", 0.75, 0.86)]
    [InlineData("tune-h", 0.93, 0.96)]
    [InlineData("tune-i", 0.85, 0.96)]
    [InlineData("tune-j", 0.90, 0.95)]
    [InlineData("tune-k", 0.91, 0.94)]
    [InlineData("tune-l", 0.94, 0.96)]
    [InlineData("fresh-m", 0.51, 0.85)]
    [InlineData("fresh-n", 0.80, 0.95)]
    [InlineData("fresh-o", 0.89, 0.95)]
    [InlineData("fresh-p", 0.86, 0.89)]
    [InlineData("fresh-q", 0.75, 0.90)]
    [InlineData("fresh-r", 0.80, 0.92)]
    [InlineData("fresh-s", 0.74, 0.90)]
    [InlineData("fresh-t", 0.84, 0.88)]
    [InlineData("fresh-u", 0.77, 0.90)]
    [InlineData("fresh-v", 0.87, 0.80)]
    [InlineData("fresh-w", 0.88, 0.90)]
    [InlineData("fresh-x", 0.83, 0.91)]
    [InlineData("fresh-y", 0.78, 0.82)]
    [InlineData("fresh-z", 0.57, 0.74)]
    [InlineData("fresh-za", 0.54, 0.95)]
    [InlineData("fresh-zb", 0.69, 0.80)]
    [InlineData("fresh-zc", 0.60, 0.75)]
    [InlineData("fresh-zd", 0.78, 0.89)]
    [InlineData("fresh-ze", 0.69, 0.87)]
    [InlineData("fresh-zf", 0.39, 0.80)]
    [InlineData("fresh-zg", 0.76, 0.89)]
    [InlineData("fresh-zh", 0.69, 0.75)]
    [InlineData("fresh-zi", 0.73, 0.82)]
    [InlineData("fresh-zj", 0.63, 0.67)]
    [InlineData("fresh-zk", 0.65, 0.76)]
    [InlineData("fresh-zl", 0.87, 0.90)]
    [InlineData("fresh-zm", 0.52, 0.80)]
    [InlineData("fresh-zn", 0.41, 0.85)]
    [InlineData("fresh-zo", 0.88, 0.90)]
    [InlineData("fresh-zp", 0.70, 0.76)]
    [InlineData("fresh-zq", 0.83, 0.90)]
    [InlineData("fresh-zr", 0.69, 0.89)]
    [InlineData("fresh-zs", 0.82, 0.85)]
    [InlineData("fresh-zt", 0.92, 0.88)]
    [InlineData("fresh-zu", 0.86, 0.92)]
    [InlineData("fresh-zv", 0.81, 0.88)]
    [InlineData("fresh-zw", 0.87, 0.92)]
    [InlineData("fresh-zx", 0.84, 0.97)]
    [InlineData("fresh-zy", 0.92, 0.97)]
    [InlineData("fresh-zz", 0.86, 0.94)]
    [InlineData("fresh-aa", 0.96, 0.98)]
    [InlineData("fresh-ab", 0.70, 0.98)]
    [InlineData("fresh-ac", 0.69, 0.85)]
    [InlineData("fresh-ad", 0.82, 0.92)]
    [InlineData("fresh-ae", 0.66, 0.82)]
    [InlineData("fresh-af", 0.77, 0.98)]
    [InlineData("fresh-ag", 0.80, 0.83)]
    [InlineData("fresh-ah", 0.50, 0.66)]
    [InlineData("fresh-ai", 0.72, 0.87)]
    public void Speakers_F1AndPrecision(string part, double f1Floor, double precisionFloor)
    {
        var speakers = Of(part).Speakers;
        Assert.True(speakers.F1 >= f1Floor, $"{part} speaker F1 {speakers.F1:0.000} < {f1Floor}");
        Assert.True(speakers.Precision >= precisionFloor, $"{part} speaker precision {speakers.Precision:0.000} < {precisionFloor}");
    }

    // Measured with the stance model. Its training parts (every part but fresh-zl to fresh-ai, TestData/devset/
    // stance-training.tsv), in-sample: tune 0.984, held-out 0.992, tune-d 0.982, tune-e 0.991, tune-f 0.990, fresh 1.000,
    // fresh-g 0.997, tune-h 1.000, tune-i 1.000, tune-j 0.989, tune-k 1.000, tune-l 0.985, fresh-m 1.000, fresh-n 0.969,
    // fresh-o 0.974, fresh-p 1.000, fresh-q 0.958, fresh-r 0.987, fresh-s 1.000, fresh-t 1.000, fresh-u 1.000,
    // fresh-v 1.000, fresh-w 0.948, fresh-x 0.995, fresh-y 1.000, fresh-z 1.000, fresh-za 0.994, fresh-zb 0.982,
    // fresh-zc 1.000, fresh-zd 1.000, fresh-ze 1.000, fresh-zf 1.000, fresh-zg 0.981, fresh-zh 0.982, fresh-zi 0.963,
    // fresh-zj 0.991, fresh-zk 0.986 (the last nine measured the 29-part model untouched until the ninth session:
    // docs/analysis.md). Never trained on: fresh-zl 0.665, fresh-zm 0.626, fresh-zn 0.386 (seven articles not in
    // English), fresh-zo 0.819, fresh-zp 0.688, fresh-zq 0.507, fresh-zr 0.659, fresh-zs 0.560, fresh-zt
    // 0.658, fresh-zu 0.627, fresh-zv 0.508 (0.517 once its kinds were read), fresh-zw 0.618, fresh-zx 0.593, fresh-zy
    // 0.673, fresh-zz 0.725, fresh-aa 0.659, fresh-ab 0.636, fresh-ac 0.695, fresh-ad 0.496, fresh-ae 0.611 (0.616 after
    // its kinds), fresh-af 0.697, fresh-ag 0.505, fresh-ah 0.604, fresh-ai 0.491.
    [Theory]
    [InlineData("tune", 0.95)]
    [InlineData("heldout", 0.95)]
    [InlineData("tune-d", 0.95)]
    [InlineData("tune-e", 0.95)]
    [InlineData("tune-f", 0.95)]
    [InlineData("fresh", 0.95)]
    [InlineData("fresh-g", 0.95)]
    [InlineData("tune-h", 0.95)]
    [InlineData("tune-i", 0.95)]
    [InlineData("tune-j", 0.94)]
    [InlineData("tune-k", 0.95)]
    [InlineData("tune-l", 0.95)]
    [InlineData("fresh-m", 0.95)]
    [InlineData("fresh-n", 0.95)]
    [InlineData("fresh-o", 0.94)]
    [InlineData("fresh-p", 0.95)]
    [InlineData("fresh-q", 0.94)]
    [InlineData("fresh-r", 0.95)]
    [InlineData("fresh-s", 0.95)]
    [InlineData("fresh-t", 0.95)]
    [InlineData("fresh-u", 0.95)]
    [InlineData("fresh-v", 0.95)]
    [InlineData("fresh-w", 0.93)]
    [InlineData("fresh-x", 0.95)]
    [InlineData("fresh-y", 0.95)]
    [InlineData("fresh-z", 0.95)]
    [InlineData("fresh-za", 0.95)]
    [InlineData("fresh-zb", 0.95)]
    [InlineData("fresh-zc", 0.95)]
    [InlineData("fresh-zd", 0.95)]
    [InlineData("fresh-ze", 0.95)]
    [InlineData("fresh-zf", 0.95)]
    [InlineData("fresh-zg", 0.95)]
    [InlineData("fresh-zh", 0.95)]
    [InlineData("fresh-zi", 0.94)]
    [InlineData("fresh-zj", 0.95)]
    [InlineData("fresh-zk", 0.95)]
    [InlineData("fresh-zl", 0.63)]
    [InlineData("fresh-zm", 0.59)]
    [InlineData("fresh-zn", 0.35)]
    [InlineData("fresh-zo", 0.79)]
    [InlineData("fresh-zp", 0.66)]
    [InlineData("fresh-zq", 0.48)]
    [InlineData("fresh-zr", 0.63)]
    [InlineData("fresh-zs", 0.53)]
    [InlineData("fresh-zt", 0.63)]
    [InlineData("fresh-zu", 0.60)]
    [InlineData("fresh-zv", 0.48)]
    [InlineData("fresh-zw", 0.59)]
    [InlineData("fresh-zx", 0.56)]
    [InlineData("fresh-zy", 0.64)]
    [InlineData("fresh-zz", 0.70)]
    [InlineData("fresh-aa", 0.63)]
    [InlineData("fresh-ab", 0.61)]
    [InlineData("fresh-ac", 0.67)]
    [InlineData("fresh-ad", 0.47)]
    [InlineData("fresh-ae", 0.59)]
    [InlineData("fresh-af", 0.67)]
    [InlineData("fresh-ag", 0.48)]
    [InlineData("fresh-ah", 0.58)]
    [InlineData("fresh-ai", 0.47)]
    public void Stance_MacroF1(string part, double floor)
    {
        var stance = Of(part).Stance;
        Assert.True(stance.MacroF1 >= floor, $"{part} stance macro-F1 {stance.MacroF1:0.000} < {floor}");
    }

    private static EvaluationReport Of(string part) => Parts[part].Value;

    private static IReadOnlyList<AnalyzedArticle> Analyze(string folder) =>
        ArticleAnalyzer.CreateDefault().Analyze(CorpusReader.Read(Path.Combine([DevSet, .. folder.Split('/')])).Articles);

    private static EvaluationReport Evaluate(IReadOnlyList<AnalyzedArticle> analyzed, string gold) =>
        AnalysisEvaluator.Evaluate(analyzed, GoldSet.Load(Path.Combine([DevSet, .. gold.Split('/')])));
}
