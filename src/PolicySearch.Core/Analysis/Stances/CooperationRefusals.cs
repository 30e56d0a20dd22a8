using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Promises to refuse cooperation with federal enforcement ("will get no support from the city", "cannot, in any
/// way, facilitate the raids"): a cue of their own, built from a refusal word and a cooperation word, since
/// neither word alone takes a side.
/// </summary>
internal sealed class CooperationRefusals(StanceFile stance)
{
    private const int Window = 5;
    private const int TargetWindow = 8;

    private readonly FrozenSet<string> refusals = stance.Refusals.ToFrozenSet(StringComparer.Ordinal);

    // "ICE does not have access" states a complaint, not a promise: "have" bridges negation but not refusal.
    private readonly FrozenSet<string> bridges = stance.RefusalBridges.Concat(stance.NegationBridges).Where(w => w is not ("have" or "has" or "had")).ToFrozenSet(StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> cooperation = new(stance.CooperationWords.Select(v => KeyValuePair.Create(v, true)));
    private readonly PhraseMatcher<bool> enforcement = new(stance.EnforcementTargets.Select(t => KeyValuePair.Create(t, true)));

    /// <summary>
    /// The refusals of a paragraph, in order, as the index of the refusal word and the end (exclusive) of the
    /// cooperation word; cooperation words inside an other cue (<paramref name="covered"/>) are left to that cue.
    /// </summary>
    public IEnumerable<(int First, int End)> Find(string text, List<Word> words, bool[] covered)
    {
        foreach (var match in cooperation.Find(words))
        {
            if (covered[match.First] || Refusal(text, words, match.First) is not int refusal)
            {
                continue;
            }

            yield return (refusal, match.First + match.Count);
        }
    }

    /// <summary>
    /// A refusal to cooperate with federal enforcement: a refusal word ("no", "not", "cannot", "deny") up to five
    /// words before a cooperation word ("support", "facilitate", "access"), with only bridge words between them
    /// ("will get no support", "cannot, in any way, facilitate", "no longer get access", "deny ICE entry"), and a
    /// federal enforcement target (ICE, raids, deportation…) within eight words in the same sentence. Returns the
    /// refusal word's index, or null. "The law does not allow police to help ICE" is not a refusal ("allow" is no
    /// bridge), nor is "limits cooperation" (a description of a law, not a promise), nor "sanctuary cities do not
    /// help ICE" (a habit, described), nor "cities which won't work with ICE" or "policies of not cooperating with
    /// ICE" (a kind of place or policy, described).
    /// </summary>
    private int? Refusal(string text, List<Word> words, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - Window; k--)
        {
            if (SentenceBreakBefore(text, words, k + 1))
            {
                return null;
            }

            var word = words[k].Lower;
            if (refusals.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                // "sanctuary cities do not help ICE", "ICE didn't get access": a habit or a past fact, not a promise;
                // "cities which won't work with ICE", "policies of not cooperating": a description of a kind of place.
                // But a body stating its own practice ("Our officers do not participate in immigration-related arrests",
                // "we don't assist ICE") declares a policy.
                var habit = word is "don't" or "doesn't" or "didn't" ? k : k > 0 && words[k - 1].Lower is "do" or "does" or "did" ? k - 1 : -1;
                if ((habit >= 0 && !FirstPersonSubjectBefore(words, habit)) || (k > 0 && words[k - 1].Lower is "which" or "of"))
                {
                    return null;
                }

                var from = Math.Max(0, k - TargetWindow);
                var to = Math.Min(words.Count, at + 1 + TargetWindow);
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

            if (!bridges.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    // "we do not", "our officers do not", "our police department does not": the speaker's own body as the subject.
    private const int SubjectReach = 3;

    /// <summary>A first-person plural subject ("we", "our …") in the few words before the auxiliary at <paramref name="auxiliary"/>.</summary>
    private static bool FirstPersonSubjectBefore(List<Word> words, int auxiliary)
    {
        for (var j = auxiliary - 1; j >= 0 && j >= auxiliary - SubjectReach; j--)
        {
            if (words[j].Lower is "we" or "our")
            {
                return true;
            }
        }

        return false;
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
}
