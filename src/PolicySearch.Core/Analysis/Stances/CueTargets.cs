using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// What a cue is aimed at can decide its side: praise or criticism of federal enforcement ("condemned the raids",
/// "unlawful detentions by ICE") turns it over, and protection from crime ("protecting families from murderers")
/// is not a protection of immigrants.
/// </summary>
internal sealed class CueTargets(StanceFile stance)
{
    private const int JudgementWindow = 4;
    private const int ProtectFromWindow = 3;

    private readonly FrozenSet<string> judgements = stance.JudgementCues.ToFrozenSet(StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> enforcement = new(stance.EnforcementTargets.Select(t => KeyValuePair.Create(t, true)));

    /// <summary>"condemned the raids": a judgement cue, and one of the next four words names federal enforcement.</summary>
    public bool AimsAtEnforcement(string phrase, List<Word> words, int after) =>
        judgements.Contains(phrase) && enforcement.Any(words, after, after + Math.Min(JudgementWindow, words.Count - after));

    /// <summary>"from" right after a protect cue, followed within three words by an opposing cue ("from violent criminals").</summary>
    public static bool ProtectsFromCrime(List<Word> words, int after, bool[] opposesAt)
    {
        if (after >= words.Count || words[after].Lower != "from")
        {
            return false;
        }

        for (var k = after + 1; k < words.Count && k <= after + ProtectFromWindow; k++)
        {
            if (opposesAt[k])
            {
                return true;
            }
        }

        return false;
    }
}
