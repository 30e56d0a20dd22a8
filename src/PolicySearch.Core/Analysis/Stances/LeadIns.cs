using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Paragraphs that only announce the statement below them ("X issued the following statement:") take the side
/// of the statement they announce (STANCE_GUIDELINES rule 6).
/// </summary>
internal sealed class LeadIns(StanceFile stance)
{
    private const int MaxWords = 45;
    private const int StatementParagraphs = 2;

    private readonly PhraseMatcher<bool> leadIns = new(stance.LeadInWords.Select(v => KeyValuePair.Create(v, true)));
    private readonly PhraseMatcher<bool> announcements = new(stance.StatementAnnouncements.Select(v => KeyValuePair.Create(v, true)));

    /// <summary>
    /// A short paragraph that only announces the statement below it: it ends with a colon and names a statement or
    /// a speech act ("X issued the following statement in response to Sec. Noem's visit:", "the mayor said:"), or it
    /// says that a statement was issued or remarks delivered ("X delivered the following remarks about our work.",
    /// "X has issued a joint statement in response to the memo."). A long paragraph ending in a lead-in is mostly
    /// something else.
    /// </summary>
    private bool IsLeadIn(string text, List<Word> words)
    {
        var trimmed = text.AsSpan().TrimEnd();
        if (words.Count == 0 || words.Count > MaxWords || trimmed.Length == 0)
        {
            return false;
        }

        return trimmed[^1] == ':' ? leadIns.Any(words) : announcements.Any(words);
    }

    /// <summary>
    /// "X issued the following statement:" left neutral takes the side of the statement it announces: the first
    /// decided side among the next two content paragraphs. Runs after the forward pass, since the statement comes
    /// after its lead-in.
    /// </summary>
    public void Announce(IReadOnlyList<string> paragraphs, IReadOnlyList<List<Word>> words, IReadOnlyList<ParagraphKind> kinds, StanceDecision?[] decisions)
    {
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            var own = decisions[i];
            if (own is not { Stance: Stance.Neutral, PriorSpeaker: null } || !IsLeadIn(paragraphs[i], words[i]))
            {
                continue;
            }

            var seen = 0;
            for (var j = i + 1; j < paragraphs.Count && seen < StatementParagraphs; j++)
            {
                if (kinds[j] != ParagraphKind.Content)
                {
                    continue;
                }

                seen++;
                if (decisions[j] is { Stance: Stance.Supports or Stance.Opposes } next)
                {
                    decisions[i] = own with
                    {
                        Stance = next.Stance,
                        CueEvidence = [.. own.CueEvidence, $"lead-in:(announces {(next.Stance == Stance.Supports ? "supports" : "opposes")})"],
                    };
                    break;
                }
            }
        }
    }
}
