using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Finds the stance cues of <c>stance.json</c> in a paragraph (quoted words included: a quote carries its
/// speaker's view). Names of laws ("the Trust Act", "Welcoming City Ordinance") are skipped, because a law's
/// name is vocabulary, not a view (STANCE_GUIDELINES rule 3). A negator among the three words before a cue
/// flips it ("not dangerous", "shouldn't be a chilling effect"), and so does praise or criticism aimed at
/// federal enforcement ("condemned the raids" supports the protections).
/// </summary>
internal sealed class StanceCueScorer
{
    private static readonly FrozenSet<string> LawWords = new[] { "act", "ordinance", "law", "bill" }.ToFrozenSet(StringComparer.Ordinal);
    private const int MaxLawNameWords = 4;
    private const int NegationWindow = 3;
    private const int JudgementWindow = 4;

    private readonly PhraseMatcher<double> cues;
    private readonly PhraseMatcher<bool> topic;
    private readonly FrozenSet<string> judgements;
    private readonly PhraseMatcher<bool> enforcement;
    private readonly FrozenSet<string> negators;

    public StanceCueScorer(StanceFile stance)
    {
        // Ignored phrases weigh 0: as longer matches they hide the cue word inside them ("welcoming city").
        cues = new PhraseMatcher<double>(stance.Supports
            .Concat(stance.Opposes.Select(o => KeyValuePair.Create(o.Key, -o.Value)))
            .Concat(stance.Ignore.Select(i => KeyValuePair.Create(i, 0.0))));
        negators = stance.Negators.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        topic = new PhraseMatcher<bool>(stance.TopicWords.Select(t => KeyValuePair.Create(t, true)));
        judgements = stance.JudgementCues.ToFrozenSet(StringComparer.Ordinal);
        enforcement = new PhraseMatcher<bool>(stance.EnforcementTargets.Select(t => KeyValuePair.Create(t, true)));
    }

    /// <summary>
    /// The cues of a paragraph's words, and whether the paragraph talks about the stance target (sanctuary
    /// rules, detainers, police cooperation…): only then may a speaker's stance from elsewhere in the article
    /// carry over to a weak paragraph. "The immigration system is broken" says nothing about local cooperation
    /// (STANCE_GUIDELINES rule 5).
    /// </summary>
    public (IReadOnlyList<StanceCue> Cues, bool OnTopic) Score(List<Word> words) => (Cues(words), topic.Any(words));

    private List<StanceCue> Cues(List<Word> words)
    {
        var inLawName = LawNames(words);
        var found = new List<StanceCue>();
        foreach (var match in cues.Find(words, i => inLawName[i]))
        {
            if (match.Value == 0)
            {
                continue;
            }

            var negated = IsNegated(words, match.First);
            var aimedAtEnforcement = judgements.Contains(match.Phrase) && AimsAtEnforcement(words, match.First + match.Count);
            var text = match.Count == 1 ? words[match.First].Lower : string.Join(' ', words.GetRange(match.First, match.Count).Select(w => w.Lower));
            var weight = negated ^ aimedAtEnforcement ? -match.Value : match.Value;
            found.Add(new StanceCue(text, weight, negated, aimedAtEnforcement));
        }

        return found;
    }

    /// <summary>Marks the capitalised words before a capitalised "Act", "Ordinance", "Law" or "Bill".</summary>
    private static bool[] LawNames(List<Word> words)
    {
        var marked = new bool[words.Count];
        for (var i = 1; i < words.Count; i++)
        {
            if (!words[i].Capitalised || !LawWords.Contains(words[i].Lower) || !words[i - 1].Capitalised)
            {
                continue;
            }

            for (var k = i; k >= 0 && k >= i - MaxLawNameWords && words[k].Capitalised; k--)
            {
                marked[k] = true;
            }
        }

        return marked;
    }

    /// <summary>"condemned the raids": one of the next four words names federal enforcement.</summary>
    private bool AimsAtEnforcement(List<Word> words, int after)
    {
        return enforcement.Any(words, after, after + Math.Min(JudgementWindow, words.Count - after));
    }

    private bool IsNegated(List<Word> words, int cueStart)
    {
        for (var k = Math.Max(0, cueStart - NegationWindow); k < cueStart; k++)
        {
            var word = words[k].Lower;
            if (negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
