using PolicySearch.Core.Analysis.Lexicons;
using PolicySearch.Core.Analysis.Speakers;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Labels each content paragraph of one article. A paragraph's own cues decide when their sum reaches the
/// threshold. Otherwise, when the paragraph is on topic and voices a speaker (a quote or a speech verb, not a
/// fact sourced "according to" them) whose paragraphs in this article lean clearly one way, that speaker's established stance decides (a quote that dominates carries its speaker's
/// view). Otherwise, a rebuttal ("But the director says that's not accurate", "The department fired back") takes
/// the side opposite to the previous content paragraph's decided side. Otherwise: neutral, because low confidence
/// should not pick a side.
/// </summary>
internal sealed class StanceDecider(StanceFile settings, StanceCueScorer scorer)
{
    public IReadOnlyList<StanceDecision?> Decide(
        IReadOnlyList<string> paragraphs, IReadOnlyList<List<Word>> words, IReadOnlyList<ParagraphKind> kinds, ArticleAttribution attribution)
    {
        var speakers = attribution.Speakers;
        var scored = paragraphs.Select((p, i) => kinds[i] == ParagraphKind.Content ? scorer.Score(p, words[i]) : (Cues: (IReadOnlyList<StanceCue>)[], OnTopic: false)).ToList();
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

            if (i > 0)
            {
                previous = PreviousContent(decisions, i);
            }

            var evidence = cues[i].Select(c => c.Evidence).ToList();
            if (Math.Abs(scores[i]) >= settings.Threshold)
            {
                decisions[i] = new StanceDecision(scores[i] > 0 ? Stance.Supports : Stance.Opposes, evidence, null, 0);
                continue;
            }

            // Only voiced words carry their speaker's stance: "according to ICE, agents detained six people" is a fact.
            var prior = !scored[i].OnTopic || !(attribution.Voiced[i] || QuoteMap.HasQuoteIn(paragraphs[i])) ? default : speakers[i]
                .Select(s => (Speaker: s, Score: priors[s]))
                .Where(p => Math.Abs(p.Score) >= settings.SpeakerPriorThreshold)
                .OrderByDescending(p => Math.Abs(p.Score))
                .FirstOrDefault();
            if (prior.Speaker is not null)
            {
                decisions[i] = new StanceDecision(prior.Score > 0 ? Stance.Supports : Stance.Opposes, evidence, prior.Speaker, prior.Score);
                continue;
            }

            // "But the director says that's not accurate": the answer to the paragraph before takes the other side.
            var rebuttal = previous is Stance.Supports or Stance.Opposes ? scorer.Rebuttal(words[i]) : null;
            if (rebuttal is not null)
            {
                var side = previous == Stance.Supports ? Stance.Opposes : Stance.Supports;
                decisions[i] = new StanceDecision(side, [.. evidence, $"rebuttal:{rebuttal}(previous {previous.ToString()!.ToLowerInvariant()})"], null, 0);
                continue;
            }

            decisions[i] = new StanceDecision(Stance.Neutral, evidence, null, 0);
        }

        return decisions;
    }

    /// <summary>The decided stance of the nearest content paragraph before <paramref name="index"/>, if any.</summary>
    private static Stance? PreviousContent(StanceDecision?[] decisions, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (decisions[k] is { } decision)
            {
                return decision.Stance;
            }
        }

        return null;
    }
}
