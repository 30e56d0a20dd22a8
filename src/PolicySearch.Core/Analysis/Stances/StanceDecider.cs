using PolicySearch.Core.Analysis.Lexicons;
using PolicySearch.Core.Analysis.Speakers;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Labels each content paragraph of one article. A paragraph's own cues decide when their sum reaches the
/// threshold. Otherwise, when the paragraph is on topic and voices a speaker (a quote or a speech verb, not a
/// fact sourced "according to" them) and states no figure ("has arrested more than 400,000": a count is a fact, whoever states it) whose paragraphs in this article lean clearly one way, that speaker's established stance decides (a quote that dominates carries its speaker's
/// view). Otherwise, a rebuttal ("But the director says that's not accurate", "The department fired back") takes
/// the side opposite to the previous content paragraph's decided side. Otherwise: neutral, because low confidence
/// should not pick a side. Last, a lead-in left neutral ("X issued the following statement:") takes the side of
/// the statement it announces.
/// With a stance model, the rules' stance is then weighed against the model's reading of the paragraph's words: the
/// model's probability per stance, plus <c>ruleSideBonus</c> on the side the rules took (none for their neutral);
/// the highest wins. The rules are precise where their cues reach and the model reaches the wording they miss
/// (docs/analysis.md, "The stance model").
/// </summary>
internal sealed class StanceDecider(StanceFile settings, StanceCueScorer scorer, StanceModel? model = null)
{
    /// <summary>How many of the model's words the evidence names.</summary>
    private const int ModelWordCount = 3;

    private readonly Rebuttals rebuttals = new(settings);
    private readonly LeadIns leadIns = new(settings);

    public IReadOnlyList<StanceDecision?> Decide(
        IReadOnlyList<string> paragraphs, IReadOnlyList<List<Word>> words, IReadOnlyList<ParagraphKind> kinds, ArticleAttribution attribution)
    {
        var speakers = attribution.Speakers;
        var voiced = paragraphs.Select((p, i) => attribution.Voiced[i] || QuoteMap.HasQuoteIn(p)).ToList();
        var scored = paragraphs.Select((p, i) => kinds[i] == ParagraphKind.Content ? scorer.Score(p, words[i], voiced[i]) : (Cues: (IReadOnlyList<StanceCue>)[], OnTopic: false)).ToList();
        var cues = scored.Select(s => s.Cues).ToList();
        var scores = cues.Select(c => c.Sum(x => x.Weight)).ToList();

        var priors = new Dictionary<Entity, double>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            foreach (var speaker in speakers[i])
            {
                priors[speaker] = priors.GetValueOrDefault(speaker) + scores[i];
            }
        }

        var decisions = new StanceDecision?[paragraphs.Count];
        Stance? previous = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (kinds[i] != ParagraphKind.Content)
            {
                continue;
            }

            var evidence = cues[i].Select(c => c.Evidence).ToList();
            StanceDecision decision;
            if (Math.Abs(scores[i]) >= settings.Threshold)
            {
                decision = new StanceDecision(scores[i] > 0 ? Stance.Supports : Stance.Opposes, evidence, null, 0);
            }
            else
            {
                // Only voiced words carry their speaker's stance: "according to ICE, agents detained six people" is a fact.
                // "DHS said it has arrested more than 400,000 people": a figure is a fact, whoever states it.
                var prior = !scored[i].OnTopic || !voiced[i] || StatedFigures.Any(paragraphs[i]) ? default : speakers[i]
                    .Select(s => (Speaker: s, Score: priors[s]))
                    .Where(p => Math.Abs(p.Score) >= settings.SpeakerPriorThreshold)
                    .OrderByDescending(p => Math.Abs(p.Score))
                    .FirstOrDefault();

                // "But the director says that's not accurate": the answer to the paragraph before takes the other side.
                var rebuttal = prior.Speaker is null && (previous is Stance.Supports or Stance.Opposes) ? rebuttals.First(words[i]) : null;
                decision = prior.Speaker is not null
                    ? new StanceDecision(prior.Score > 0 ? Stance.Supports : Stance.Opposes, evidence, prior.Speaker, prior.Score)
                    : rebuttal is not null
                        ? new StanceDecision(
                            previous == Stance.Supports ? Stance.Opposes : Stance.Supports,
                            [.. evidence, $"rebuttal:{rebuttal}(previous {(previous == Stance.Supports ? "supports" : "opposes")})"],
                            null,
                            0)
                        : new StanceDecision(Stance.Neutral, evidence, null, 0);
            }

            decisions[i] = decision;
            previous = decision.Stance;
        }

        leadIns.Announce(paragraphs, words, kinds, decisions);
        if (model is not null)
        {
            for (var i = 0; i < decisions.Length; i++)
            {
                decisions[i] = decisions[i] is { } rules ? Weigh(rules, words[i], model) : null;
            }
        }

        return decisions;
    }

    private StanceDecision Weigh(StanceDecision rules, IReadOnlyList<Word> paragraph, StanceModel stanceModel)
    {
        var reading = stanceModel.Read(paragraph);
        double Weight(Stance stance) => reading.Of(stance) + (stance == rules.Stance && stance != Stance.Neutral ? settings.RuleSideBonus : 0);

        // Ties go to the rules' stance, then to neutral: low confidence should not pick a side.
        var blended = new[] { rules.Stance, Stance.Neutral, Stance.Supports, Stance.Opposes }
            .Distinct()
            .Aggregate((best, next) => Weight(next) > Weight(best) ? next : best);
        return rules with
        {
            Stance = blended,
            Rules = rules.Stance,
            ModelProbabilities = reading.Probabilities,
            ModelWords = stanceModel.WordsFor(reading, blended, ModelWordCount),
        };
    }
}
