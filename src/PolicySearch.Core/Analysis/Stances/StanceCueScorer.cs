using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Finds the stance cues of <c>stance.json</c> in a paragraph (quoted words included: a quote carries its
/// speaker's view) and weighs each by the rules of its context, each kept in a class of its own: no cue inside a
/// law's name (<see cref="LawNames"/>); a group is a side only when it states a position
/// (<see cref="GroupPositions"/>); a negator flips a cue, and a "whether" clause asks rather than argues
/// (<see cref="NegationScope"/>); what a cue is aimed at can flip or void it (<see cref="CueTargets"/>); a
/// conceded point counts half (<see cref="ConcededPoints"/>); a law's purpose, a poll's findings and a law's own
/// text are described, not argued (<see cref="LawPurposes"/>, <see cref="ReportedFindings"/>); and a refusal to
/// cooperate with federal enforcement is a cue of its own (<see cref="CooperationRefusals"/>); a verdict of illegality
/// judges what stands before it (<see cref="Verdicts"/>).
/// </summary>
internal sealed class StanceCueScorer
{
    private const double ConcededWeight = 0.5;
    private const double RefusalWeight = 2;

    private readonly PhraseMatcher<double> cues;
    private readonly PhraseMatcher<bool> topic;
    private readonly NegationScope negation;
    private readonly ConcededPoints concessions;
    private readonly CueTargets targets;
    private readonly GroupPositions groups;
    private readonly LawPurposes purposes;
    private readonly ReportedFindings findings;
    private readonly CooperationRefusals refusals;
    private readonly PhraseMatcher<bool> complianceWords;
    private readonly Verdicts verdicts;
    private readonly LawPositions positions;

    public StanceCueScorer(StanceFile stance)
    {
        // Ignored phrases weigh 0: as longer matches they hide the cue word inside them ("welcoming city").
        cues = new PhraseMatcher<double>(stance.Supports
            .Concat(stance.Opposes.Select(o => KeyValuePair.Create(o.Key, -o.Value)))
            .Concat(stance.Ignore.Select(i => KeyValuePair.Create(i, 0.0))));
        topic = new PhraseMatcher<bool>(stance.TopicWords.Select(t => KeyValuePair.Create(t, true)));
        negation = new NegationScope(stance);
        concessions = new ConcededPoints(stance);
        targets = new CueTargets(stance);
        groups = new GroupPositions(stance);
        purposes = new LawPurposes(stance);
        findings = new ReportedFindings(stance);
        refusals = new CooperationRefusals(stance);
        complianceWords = new PhraseMatcher<bool>((stance.ComplianceWords ?? []).Select(w => KeyValuePair.Create(w, true)));
        verdicts = new Verdicts(stance);
        positions = new LawPositions(stance);
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

    private List<StanceCue> Cues(string text, List<Word> words, bool voiced)
    {
        var inLawName = LawNames.Mark(words);
        var conceded = concessions.Mark(text, words);
        var purpose = purposes.MarkStarts(words, voiced);
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

            if (match.Value == 0 || groups.IsSilentGroup(match.Phrase, text, words, match.First + match.Count))
            {
                continue;
            }

            // "protecting families from murderers and rapists": what they are protected from decides, not "protect".
            if (match.Value > 0 && match.Phrase.StartsWith("protect", StringComparison.Ordinal) && CueTargets.ProtectsFromCrime(words, match.First + match.Count, opposesAt))
            {
                continue;
            }

            // "won't report crimes", "not ICE's dirty work": the argument is the same either way. "Do not impede us": a
            // negated command makes the cue's own complaint, unless the act is compliance ("Don't cooperate with ICE").
            var negator = negation.Negator(words, match.First);
            var compliance = complianceWords.Any(words, match.First, match.First + 1);
            var cueText = match.Count == 1 ? words[match.First].Lower : string.Join(' ', words.GetRange(match.First, match.Count).Select(w => w.Lower));
            if (negator >= 0 && compliance && NegationScope.AfterRelativePronoun(words, negator))
            {
                // "sanctuary cities that don't cooperate with ICE": a kind of place, described.
                found.Add(new StanceCue(cueText, 0, true, false, conceded[match.First], StanceCueNote.Described));
                continue;
            }

            var negated = !negation.KeepsSide(match.Phrase) && negator >= 0 && (compliance || !NegationScope.IsDemand(text, words, negator));
            var aimedAtEnforcement = targets.AimsAtEnforcement(match.Phrase, words, match.First + match.Count)
                || (verdicts.IsVerdict(match.Phrase) && verdicts.AimsBackAtEnforcement(text, words, match.First, match.First + match.Count));
            var weight = negated ^ aimedAtEnforcement ? -match.Value : match.Value;
            var isConceded = conceded[match.First];
            // "hearing on the city's alleged “harboring of undocumented immigrants”": a charge reported as alleged is not endorsed.
            if (match.First > 0 && words[match.First - 1].Lower is "alleged" or "allegedly" or "purported" or "purportedly")
            {
                found.Add(new StanceCue(cueText, 0, negated, aimedAtEnforcement, isConceded, StanceCueNote.Described));
                continue;
            }

            if (negation.InWhetherClause(words, match.First))
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

        foreach (var (refusal, end) in refusals.Find(text, words, covered))
        {
            var cueText = string.Join(' ', words.GetRange(refusal, end - refusal).Select(w => w.Lower));
            var isConceded = conceded[refusal];
            found.Add(new StanceCue(cueText, isConceded ? RefusalWeight * ConcededWeight : RefusalWeight, false, false, isConceded, StanceCueNote.Refusal));
        }

        // "we support the Trust Act", "supporting legislation to repeal the Trust Act": a position on the law itself.
        foreach (var (start, end, side) in positions.Find(text, words, inLawName))
        {
            if (covered[start])
            {
                continue;
            }

            var negated = negation.Negator(words, start) >= 0;
            var weight = (negated ? -side : side) * LawPositions.Weight;
            var isConceded = conceded[start];
            var cueText = string.Join(' ', words.GetRange(start, end - start).Select(w => w.Lower));
            found.Add(new StanceCue(cueText, isConceded ? weight * ConcededWeight : weight, negated, false, isConceded, StanceCueNote.Position));
        }

        // "called the grant conditions “unauthorized and unconstitutional”": a bare verdict counts only aimed at enforcement.
        foreach (var verdict in verdicts.Find(words))
        {
            var end = verdict.First + verdict.Count;
            if (covered[verdict.First] || negation.Negator(words, verdict.First) >= 0 || !verdicts.AimsBackAtEnforcement(text, words, verdict.First, end))
            {
                continue;
            }

            var isConceded = conceded[verdict.First];
            found.Add(new StanceCue(string.Join(' ', words.GetRange(verdict.First, verdict.Count).Select(w => w.Lower)), isConceded ? ConcededWeight : 1, false, true, isConceded));
        }

        if (found.Count > 0 && findings.ReportsPollOrLawText(words))
        {
            for (var i = 0; i < found.Count; i++)
            {
                found[i] = found[i] with { Weight = 0, Note = StanceCueNote.Described };
            }
        }

        return found;
    }
}
