using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Evaluation;

/// <summary>
/// Scores an analysis against gold labels (issue 4): kinds (content vs other), speakers (precision, recall and
/// F1 over paragraph–speaker pairs; optional gold speakers neither rewarded nor penalised) and stance
/// (accuracy and macro-F1 over gold content paragraphs, also without the ambiguous ones).
/// </summary>
public static class AnalysisEvaluator
{
    public const string SpeakerMatching =
        "a system speaker matches a gold speaker when their canonical names are equal after normalisation (case, accents and punctuation ignored); no alias or partial matching";

    private const string Unaligned = "(unaligned)";
    private static readonly string[] StanceLabels = [StanceNames.Supports, StanceNames.Opposes, StanceNames.Neutral];

    public static EvaluationReport Evaluate(IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<GoldParagraph> gold)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(gold);
        // Gold rows of articles the corpus did not give (missing, rejected, another folder's) are reported, not
        // scored: counting them as misses would measure the input, not the analysis.
        var read = analyzed.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
        var unread = gold.Where(g => !read.Contains(g.ArticleId))
            .GroupBy(g => g.ArticleId, StringComparer.Ordinal)
            .Select(g => new UnreadGoldArticle(g.Key, g.Count()))
            .OrderBy(u => u.ArticleId, StringComparer.Ordinal)
            .ToList();
        var goldArticles = gold.Select(g => g.ArticleId).ToHashSet(StringComparer.Ordinal);
        var withoutGold = analyzed.Select(a => a.Article.Id).Where(id => !goldArticles.Contains(id)).Order(StringComparer.Ordinal).ToList();
        gold = [.. gold.Where(g => read.Contains(g.ArticleId))];

        var (pairs, unpaired) = GoldAlignment.Align(analyzed, gold);
        var errors = new List<EvaluationError>();

        var kindPairs = pairs.Select(p => (Gold: p.Gold.Kind, System: p.System is null ? Unaligned : KindName(p.System.Kind))).ToList();
        var contentCorrect = kindPairs.Count(k => (k.Gold == "content") == (k.System == "content"));
        var kindScores = Score(kindPairs, ["content", "boilerplate", "title"]);
        foreach (var p in pairs.Where(p => p.System is null || (p.Gold.Kind == "content") != (p.System.Kind == ParagraphKind.Content)))
        {
            var severity = p.Gold.Kind == "content" ? 5 : 4;
            var what = p.System is null
                ? $"kind: gold {p.Gold.Kind}, system has no paragraph with this text{(p.SegmentationError ? " (merged into a longer paragraph: segmentation error)" : "")}"
                : $"kind: gold {p.Gold.Kind}, system {KindName(p.System.Kind)} by rule {p.System.Rule}";
            errors.Add(new EvaluationError(severity, Where(p.Gold), what, p.Gold.First60));
        }

        var speakers = ScoreSpeakers(pairs, unpaired, errors);

        var contentPairs = pairs.Where(p => p.Gold.Kind == "content" && p.Gold.Stance is not null).ToList();
        var stance = Score(contentPairs.Select(StancePair).ToList(), StanceLabels);
        var stanceClear = Score(contentPairs.Where(p => !p.Gold.Ambiguous).Select(StancePair).ToList(), StanceLabels);
        foreach (var p in contentPairs)
        {
            var (goldStance, systemStance) = StancePair(p);
            if (goldStance == systemStance)
            {
                continue;
            }

            var polar = goldStance != StanceNames.Neutral && systemStance != StanceNames.Neutral;
            var severity = p.Gold.Ambiguous ? 1 : polar ? 4 : 2;
            var evidence = p.System is null ? "" : $" [{string.Join(", ", p.System.StanceEvidence)}]";
            errors.Add(new EvaluationError(severity, Where(p.Gold),
                $"stance: gold {goldStance}{(p.Gold.Ambiguous ? " (ambiguous)" : "")}, system {systemStance}{evidence}", p.Gold.First60));
        }

        return new EvaluationReport(
            pairs.Count,
            pairs.Count(p => p.System is not null),
            pairs.Count(p => p.SegmentationError),
            pairs.Count == 0 ? 1 : (double)contentCorrect / pairs.Count,
            kindScores,
            speakers,
            SpeakerMatching,
            stance,
            stanceClear,
            errors.OrderByDescending(e => e.Severity).ThenBy(e => e.Where, StringComparer.Ordinal).ToList())
        {
            UnreadGoldArticles = unread,
            ArticlesWithoutGold = withoutGold,
        };
    }

    private static PrecisionRecall ScoreSpeakers(List<GoldAlignment.Pair> pairs, List<AnalyzedParagraph> unpaired, List<EvaluationError> errors)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var p in pairs)
        {
            var core = ByName(p.Gold.Speakers);
            var optional = p.Gold.OptionalSpeakers.Select(Normalise).ToHashSet(StringComparer.Ordinal);
            var system = ByName(p.System?.Speakers ?? []);
            foreach (var (key, name) in system)
            {
                if (core.ContainsKey(key))
                {
                    tp++;
                }
                else if (!optional.Contains(key))
                {
                    fp++;
                    errors.Add(new EvaluationError(3, Where(p.Gold), $"speaker: system says \"{name}\", gold has {List(p.Gold.Speakers)}", p.Gold.First60));
                }
            }

            foreach (var (key, name) in core)
            {
                if (!system.ContainsKey(key))
                {
                    fn++;
                    errors.Add(new EvaluationError(3, Where(p.Gold), $"speaker: missed \"{name}\" (system has {List(p.System?.Speakers ?? [])})", p.Gold.First60));
                }
            }
        }

        // Speakers on paragraphs the gold does not know (different segmentation) count against precision.
        fp += unpaired.Sum(p => p.Speakers.Count);
        return new PrecisionRecall(tp, fp, fn);
    }

    /// <summary>Names by their normalised form; a name listed twice (or in two spellings) counts once.</summary>
    private static Dictionary<string, string> ByName(IReadOnlyList<string> names)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            byName.TryAdd(Normalise(name), name);
        }

        return byName;
    }

    private static LabelScores Score(List<(string Gold, string System)> pairs, string[] labels)
    {
        var confusion = pairs.GroupBy(p => p.Gold, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, int>)g.GroupBy(p => p.System, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Count(), StringComparer.Ordinal),
                StringComparer.Ordinal);
        var present = labels.Where(l => pairs.Any(p => p.Gold == l)).ToList();
        var f1s = present.Select(label =>
        {
            var counts = new PrecisionRecall(
                pairs.Count(p => p.Gold == label && p.System == label),
                pairs.Count(p => p.Gold != label && p.System == label),
                pairs.Count(p => p.Gold == label && p.System != label));
            return counts.F1;
        }).ToList();
        return new LabelScores(pairs.Count, pairs.Count(p => p.Gold == p.System), f1s.Count == 0 ? 1 : f1s.Average(), confusion);
    }

    private static (string Gold, string System) StancePair(GoldAlignment.Pair p) =>
        (p.Gold.Stance!, p.System?.Stance?.ToName() ?? Unaligned);

    private static string KindName(ParagraphKind kind) => kind.ToString().ToLowerInvariant();

    private static string Where(GoldParagraph g) => $"{g.ArticleId}#{g.Index}";

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names.Select(n => $"\"{n}\""));

    /// <summary>Case, accents and punctuation do not distinguish names ("Ana Nunez" = "Ana Núñez").</summary>
    internal static string Normalise(string name) => Analysis.Speakers.NameKey.Of(name);
}
