using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Finds the stance cues of <c>stance.json</c> in a paragraph (quoted words included: a quote carries its
/// speaker's view). Names of laws ("the Trust Act", "Welcoming City Ordinance") are skipped, because a law's
/// name is vocabulary, not a view (STANCE_GUIDELINES rule 3). A negator among the four words before a cue
/// flips it when only bridge words stand between them ("not dangerous", "shouldn't be a chilling effect", but
/// not "do not know which criminal aliens"; "not only" negates nothing; the fear and trust arguments keep their
/// side: "victims won't report crimes" still supports), and so does praise or criticism aimed
/// at federal enforcement ("condemned the raids" supports the protections). A conceded point counts half
/// (STANCE_GUIDELINES rule 8, the emphasised final point): the cues before the paragraph's last contrast word
/// ("…was meant to protect immigrants, but the suit says it oversteps") and the cues of a sentence's opening
/// concessive clause, up to its first comma ("While the bill does not make the state a sanctuary, …").
/// </summary>
internal sealed class StanceCueScorer
{
    private static readonly FrozenSet<string> LawWords = new[] { "act", "ordinance", "law", "bill" }.ToFrozenSet(StringComparer.Ordinal);
    private const int MaxLawNameWords = 4;
    private const int NegationWindow = 4;
    private const int JudgementWindow = 4;
    private const double ConcededWeight = 0.5;

    private readonly PhraseMatcher<double> cues;
    private readonly PhraseMatcher<bool> topic;
    private readonly FrozenSet<string> judgements;
    private readonly PhraseMatcher<bool> enforcement;
    private readonly FrozenSet<string> negators;
    private readonly FrozenSet<string> negationBridges;
    private readonly FrozenSet<string> keepSideWhenNegated;
    private readonly FrozenSet<string> contrastWords;
    private readonly FrozenSet<string> concessiveWords;
    private readonly PhraseMatcher<bool> rebuttals;

    public StanceCueScorer(StanceFile stance)
    {
        // Ignored phrases weigh 0: as longer matches they hide the cue word inside them ("welcoming city").
        cues = new PhraseMatcher<double>(stance.Supports
            .Concat(stance.Opposes.Select(o => KeyValuePair.Create(o.Key, -o.Value)))
            .Concat(stance.Ignore.Select(i => KeyValuePair.Create(i, 0.0))));
        negators = stance.Negators.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        negationBridges = stance.NegationBridges.ToFrozenSet(StringComparer.Ordinal);
        keepSideWhenNegated = stance.KeepSideWhenNegated.ToFrozenSet(StringComparer.Ordinal);
        contrastWords = stance.ContrastWords.ToFrozenSet(StringComparer.Ordinal);
        concessiveWords = stance.ConcessiveWords.ToFrozenSet(StringComparer.Ordinal);
        rebuttals = new PhraseMatcher<bool>(stance.Rebuttals.Select(r => KeyValuePair.Create(r, true)));
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
    public (IReadOnlyList<StanceCue> Cues, bool OnTopic) Score(string text, List<Word> words) => (Cues(text, words), topic.Any(words));

    /// <summary>The first rebuttal phrase of a paragraph ("that's not accurate", "fired back"), or null.</summary>
    public string? Rebuttal(List<Word> words)
    {
        var found = rebuttals.Find(words);
        return found.Count == 0 ? null : found[0].Phrase;
    }

    private List<StanceCue> Cues(string text, List<Word> words)
    {
        var inLawName = LawNames(words);
        var conceded = Conceded(text, words);
        var found = new List<StanceCue>();
        foreach (var match in cues.Find(words, i => inLawName[i]))
        {
            if (match.Value == 0)
            {
                continue;
            }

            // "won't report crimes", "not ICE's dirty work": the argument is the same either way.
            var negated = !keepSideWhenNegated.Contains(match.Phrase) && IsNegated(words, match.First);
            var aimedAtEnforcement = judgements.Contains(match.Phrase) && AimsAtEnforcement(words, match.First + match.Count);
            var cueText = match.Count == 1 ? words[match.First].Lower : string.Join(' ', words.GetRange(match.First, match.Count).Select(w => w.Lower));
            var weight = negated ^ aimedAtEnforcement ? -match.Value : match.Value;
            var isConceded = conceded[match.First];
            found.Add(new StanceCue(cueText, isConceded ? weight * ConcededWeight : weight, negated, aimedAtEnforcement, isConceded));
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

    /// <summary>
    /// A negator within four words before the cue, with only bridge words ("be", "a", "so"…) between them:
    /// "won't be afraid to call" is negated, "do not know which criminal aliens" and "not only … dangerous" are not.
    /// </summary>
    private bool IsNegated(List<Word> words, int cueStart)
    {
        for (var k = cueStart - 1; k >= 0 && k >= cueStart - NegationWindow; k--)
        {
            var word = words[k].Lower;
            if (negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                return !(k + 1 < words.Count && words[k + 1].Lower is "only" or "just" or "merely" or "simply");
            }

            if (!negationBridges.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Marks the words of conceded points: everything before the paragraph's last contrast word ("but",
    /// "however"; not "not only … but", "all but", "nothing but"), and a sentence's opening concessive clause
    /// ("While …", "Although …") up to its first comma. One pass over the words; punctuation is read from the
    /// text between them.
    /// </summary>
    private bool[] Conceded(string text, List<Word> words)
    {
        var marked = new bool[words.Count];
        var lastContrast = -1;
        var notOnlyInSentence = false;
        var inConcessive = false;
        for (var i = 0; i < words.Count; i++)
        {
            var before = i == 0 ? text.AsSpan(0, words[0].Start) : text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            var sentenceStart = i == 0 || before.IndexOfAny(".!?:;") >= 0;
            if (sentenceStart)
            {
                notOnlyInSentence = false;
                inConcessive = concessiveWords.Contains(words[i].Lower);
            }
            else if (inConcessive && before.Contains(','))
            {
                inConcessive = false;
            }

            marked[i] = inConcessive;
            var lower = words[i].Lower;
            if (lower == "only" && i > 0 && words[i - 1].Lower == "not")
            {
                notOnlyInSentence = true;
            }
            else if (contrastWords.Contains(lower) && !notOnlyInSentence && i > 0
                && words[i - 1].Lower is not ("all" or "anything" or "nothing" or "everything" or "none"))
            {
                lastContrast = i;
            }
        }

        for (var i = 0; i < lastContrast; i++)
        {
            marked[i] = true;
        }

        return marked;
    }
}
