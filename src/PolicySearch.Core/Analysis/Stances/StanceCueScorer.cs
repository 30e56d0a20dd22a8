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
    private const int PositionWindow = 10;
    private const int PurposeGap = 2;
    private const int RefusalWindow = 5;
    private const int RefusalTargetWindow = 8;
    private const double RefusalWeight = 2;
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(".!?;:,");

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
    private readonly FrozenSet<string> positionHolders;
    private readonly PhraseMatcher<bool> positionVerbs;
    private readonly PhraseMatcher<bool> purposeLeads;
    private readonly FrozenSet<string> purposeSubjects;
    private readonly FrozenSet<string> refusals;
    private readonly FrozenSet<string> refusalBridges;
    private readonly PhraseMatcher<bool> cooperation;
    private readonly PhraseMatcher<bool> leadIns;

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
        positionHolders = stance.PositionHolders.ToFrozenSet(StringComparer.Ordinal);
        positionVerbs = new PhraseMatcher<bool>(stance.PositionVerbs.Select(v => KeyValuePair.Create(v, true)));
        purposeLeads = new PhraseMatcher<bool>(stance.PurposeLeads.Select(v => KeyValuePair.Create(v, true)));
        purposeSubjects = stance.PurposeSubjects.ToFrozenSet(StringComparer.Ordinal);
        refusals = stance.Refusals.ToFrozenSet(StringComparer.Ordinal);
        // "ICE does not have access" states a complaint, not a promise: "have" bridges negation but not refusal.
        refusalBridges = stance.RefusalBridges.Concat(stance.NegationBridges).Where(w => w is not ("have" or "has" or "had")).ToFrozenSet(StringComparer.Ordinal);
        cooperation = new PhraseMatcher<bool>(stance.CooperationWords.Select(v => KeyValuePair.Create(v, true)));
        leadIns = new PhraseMatcher<bool>(stance.LeadInWords.Select(v => KeyValuePair.Create(v, true)));
    }

    /// <summary>
    /// A short paragraph that only announces the statement below it: it ends with a colon and names a statement or
    /// a speech act ("X issued the following statement in response to Sec. Noem's visit:", "the mayor said:"). STANCE_GUIDELINES
    /// rule 6: it takes the stance it announces. A long paragraph ending in a lead-in is mostly something else.
    /// </summary>
    public bool IsLeadIn(string text, List<Word> words)
    {
        const int MaxLeadInWords = 45;
        var trimmed = text.AsSpan().TrimEnd();
        if (words.Count == 0 || words.Count > MaxLeadInWords || trimmed.Length == 0 || trimmed[^1] != ':')
        {
            return false;
        }

        return leadIns.Any(words);
    }

    /// <summary>
    /// The cues of a paragraph's words, and whether the paragraph talks about the stance target (sanctuary
    /// rules, detainers, police cooperation…): only then may a speaker's stance from elsewhere in the article
    /// carry over to a weak paragraph. "The immigration system is broken" says nothing about local cooperation
    /// (STANCE_GUIDELINES rule 5).
    /// </summary>
    /// <param name="text">The paragraph.</param>
    /// <param name="words">Its words.</param>
    /// <param name="voiced">Whether the paragraph gives words to a speaker (a quote or a speech verb): the stated
    /// purpose of a law ("designed to protect immigrants") is a view only in a speaker's mouth.</param>
    public (IReadOnlyList<StanceCue> Cues, bool OnTopic) Score(string text, List<Word> words, bool voiced = true) => (Cues(text, words, voiced), topic.Any(words));

    /// <summary>The first rebuttal phrase of a paragraph ("that's not accurate", "fired back"), or null.</summary>
    public string? Rebuttal(List<Word> words)
    {
        var found = rebuttals.Find(words);
        return found.Count == 0 ? null : found[0].Phrase;
    }

    private List<StanceCue> Cues(string text, List<Word> words, bool voiced)
    {
        var inLawName = LawNames(words);
        var conceded = Conceded(text, words);
        var purpose = PurposeStarts(words, voiced);
        var covered = new bool[words.Count];
        var found = new List<StanceCue>();
        var matches = cues.Find(words, i => inLawName[i]);
        var opposesAt = new bool[words.Count];
        foreach (var match in matches)
        {
            opposesAt[match.First] = match.Value < 0;
        }

        foreach (var match in matches)
        {
            for (var k = match.First; k < match.First + match.Count; k++)
            {
                covered[k] = true;
            }

            // "advocates say …", "critics argue …": a group is a side only when it states a position here;
            // "a commitment made to immigrant rights groups" is a fact.
            if (match.Value == 0 || (positionHolders.Contains(match.Phrase) && !StatesPosition(text, words, match.First + match.Count)))
            {
                continue;
            }

            // "protecting families from murderers and rapists": what they are protected from decides, not "protect".
            if (match.Value > 0 && match.Phrase.StartsWith("protect", StringComparison.Ordinal) && ProtectsFromCrime(words, match.First + match.Count, opposesAt))
            {
                continue;
            }

            // "won't report crimes", "not ICE's dirty work": the argument is the same either way.
            var negated = !keepSideWhenNegated.Contains(match.Phrase) && IsNegated(words, match.First);
            var aimedAtEnforcement = judgements.Contains(match.Phrase) && AimsAtEnforcement(words, match.First + match.Count);
            var cueText = match.Count == 1 ? words[match.First].Lower : string.Join(' ', words.GetRange(match.First, match.Count).Select(w => w.Lower));
            var weight = negated ^ aimedAtEnforcement ? -match.Value : match.Value;
            var isConceded = conceded[match.First];
            if (InWhetherClause(words, match.First))
            {
                found.Add(new StanceCue(cueText, 0, negated, aimedAtEnforcement, isConceded, StanceCueNote.Question));
                continue;
            }

            if (purpose[match.First])
            {
                // Only the purpose's own object: "the act intended to protect immigrants oversteps" keeps "oversteps".
                for (var k = match.First + match.Count; k < words.Count && purpose[k]; k++)
                {
                    purpose[k] = false;
                }

                found.Add(new StanceCue(cueText, 0, negated, aimedAtEnforcement, isConceded, StanceCueNote.Purpose));
                continue;
            }

            found.Add(new StanceCue(cueText, isConceded ? weight * ConcededWeight : weight, negated, aimedAtEnforcement, isConceded));
        }

        foreach (var match in cooperation.Find(words))
        {
            if (covered[match.First] || Refusal(text, words, match.First) is not int refusal)
            {
                continue;
            }

            var cueText = string.Join(' ', words.GetRange(refusal, match.First + match.Count - refusal).Select(w => w.Lower));
            var isConceded = conceded[refusal];
            found.Add(new StanceCue(cueText, isConceded ? RefusalWeight * ConcededWeight : RefusalWeight, false, false, isConceded, StanceCueNote.Refusal));
        }

        // "Fifty percent of respondents said it made the city less safe", "… a clear threat to public safety,
        // according to the ordinance": a poll's findings and a law's own text are reported, not argued.
        if (found.Count > 0 && ReportsPollOrLawText(words))
        {
            for (var i = 0; i < found.Count; i++)
            {
                found[i] = found[i] with { Weight = 0, Note = StanceCueNote.Described };
            }
        }

        return found;
    }

    /// <summary>A poll's respondents, or "according to" a law ("according to the ordinance", "according to its provisions").</summary>
    private bool ReportsPollOrLawText(List<Word> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Lower == "respondents")
            {
                return true;
            }

            if (words[k].Lower == "according" && k + 2 < words.Count && words[k + 1].Lower == "to")
            {
                var next = words[k + 2].Lower is "the" or "its" or "a" or "their" && k + 3 < words.Count ? words[k + 3].Lower : words[k + 2].Lower;
                if (purposeSubjects.Contains(next))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"from" right after a protect cue, followed within three words by an opposing cue ("from violent criminals").</summary>
    private static bool ProtectsFromCrime(List<Word> words, int after, bool[] opposesAt)
    {
        const int Window = 3;
        if (after >= words.Count || words[after].Lower != "from")
        {
            return false;
        }

        for (var k = after + 1; k < words.Count && k <= after + Window; k++)
        {
            if (opposesAt[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A speech or position verb within the next ten words of the same clause ("advocates say", "critics of the bill
    /// argue"); a comma ends the search, so that "in response to critics who call it a sanctuary, the governor noted"
    /// does not give the governor's verb to the critics.
    /// </summary>
    private bool StatesPosition(string text, List<Word> words, int after)
    {
        var end = after;
        while (end < words.Count && end < after + PositionWindow
            && (end == after || text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).IndexOfAny(ClauseBreaks) < 0))
        {
            end++;
        }

        return positionVerbs.Any(words, after, end);
    }

    /// <summary>
    /// Marks the words that may open the object of a purpose phrase ("designed to", "intended to", "meant to"):
    /// the first words after it, so that "provisions designed to protect unauthorized immigrants" is read as
    /// what the law is for, not as a view. The subject must be a law ("provisions", "a law Monday"): "a stunt meant
    /// to scare families" is a view. In a paragraph that voices a speaker only the law's name for itself counts
    /// ("the suit claims the act intended to protect immigrants oversteps"); the speaker's own predicate is their
    /// view ("the sponsor said the ordinance was designed to build trust").
    /// </summary>
    private bool[] PurposeStarts(List<Word> words, bool voiced)
    {
        const int SubjectWindow = 3;
        var marked = new bool[words.Count];
        foreach (var lead in purposeLeads.Find(words))
        {
            var lawSubject = false;
            var predicate = false;
            for (var k = lead.First - 1; k >= 0 && k >= lead.First - SubjectWindow && !lawSubject; k--)
            {
                lawSubject = purposeSubjects.Contains(words[k].Lower);
                predicate |= words[k].Lower is "is" or "was" or "are" or "were" or "be" or "been" or "being" or "as";
            }

            if (!lawSubject || (voiced && predicate))
            {
                continue;
            }

            var after = lead.First + lead.Count;
            for (var k = after; k < words.Count && k <= after + PurposeGap; k++)
            {
                marked[k] = true;
            }
        }

        // "Its “Welcoming City Ordinance” protects undocumented immigrants from being held": a law that protects is
        // what the law does, described, like its purpose; in the author's words, or when the law is named (its name
        // in quotation marks is no speaker's view).
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k].Lower.StartsWith("protect", StringComparison.Ordinal) && purposeSubjects.Contains(words[k - 1].Lower)
                && (!voiced || words[k - 1].Capitalised))
            {
                marked[k] = true;
            }
        }

        return marked;
    }

    /// <summary>
    /// A refusal to cooperate with federal enforcement: a refusal word ("no", "not", "cannot", "deny") up to five
    /// words before a cooperation word ("support", "facilitate", "access"), with only bridge words between them
    /// ("will get no support", "cannot, in any way, facilitate", "no longer get access", "deny ICE entry"), and a
    /// federal enforcement target (ICE, raids, deportation…) within eight words in the same sentence. Returns the
    /// refusal word's index, or null. "The law does not allow police to help ICE" is not a refusal ("allow" is no
    /// bridge), nor is "limits cooperation" (a description of a law, not a promise), nor "sanctuary cities do not
    /// help ICE" (a habit, described).
    /// </summary>
    private int? Refusal(string text, List<Word> words, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - RefusalWindow; k--)
        {
            if (SentenceBreakBefore(text, words, k + 1))
            {
                return null;
            }

            var word = words[k].Lower;
            if (refusals.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                // "sanctuary cities do not help ICE", "ICE didn't get access": a habit or a past fact, not a promise.
                if (word is "don't" or "doesn't" or "didn't" || (k > 0 && words[k - 1].Lower is "do" or "does" or "did"))
                {
                    return null;
                }

                var from = Math.Max(0, k - RefusalTargetWindow);
                var to = Math.Min(words.Count, at + 1 + RefusalTargetWindow);
                while (from < k && SentenceBreakBetween(text, words, from, k))
                {
                    from++;
                }

                while (to > at + 1 && SentenceBreakBetween(text, words, at, to - 1))
                {
                    to--;
                }

                return enforcement.Any(words, from, to) ? k : null;
            }

            if (!refusalBridges.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when a sentence ends between word <paramref name="i"/> − 1 and word <paramref name="i"/>.</summary>
    private static bool SentenceBreakBefore(string text, List<Word> words, int i) =>
        i > 0 && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).IndexOfAny(".!?") >= 0;

    /// <summary>True when a sentence ends anywhere between word <paramref name="a"/> and word <paramref name="b"/>.</summary>
    private static bool SentenceBreakBetween(string text, List<Word> words, int a, int b)
    {
        var (first, last) = a < b ? (a, b) : (b, a);
        return text.AsSpan(words[first].End, words[last].Start - words[first].End).IndexOfAny(".!?") >= 0;
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
    /// <summary>
    /// "whether or not we remain a sanctuary city", "whether to protect immigrants": a cue that opens the question
    /// of a "whether" clause (up to four words before, only pronouns, modals and negation bridges between) is a
    /// question asked, not a position.
    /// </summary>
    private bool InWhetherClause(List<Word> words, int cueStart)
    {
        for (var k = cueStart - 1; k >= 0 && k >= cueStart - NegationWindow; k--)
        {
            var word = words[k].Lower;
            if (word == "whether")
            {
                return true;
            }

            if (!negationBridges.Contains(word) && word is not ("or" or "not" or "to" or "we" or "they" or "it" or "you" or "i" or "he" or "she" or "should" or "would" or "will" or "can" or "could"))
            {
                return false;
            }
        }

        return false;
    }

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
