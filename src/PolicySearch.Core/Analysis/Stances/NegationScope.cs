using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Which cues a negator reaches, and which cues open the question of a "whether" clause. Both look back at most
/// four words over bridge words only, so that "won't be afraid to call" is negated and "do not know which
/// criminal aliens" is not. The fear and trust arguments keep their side when negated: "victims won't report
/// crimes" still supports.
/// </summary>
internal sealed class NegationScope(StanceFile stance)
{
    private const int Window = 4;
    private static readonly System.Buffers.SearchValues<char> CommandOpeners = System.Buffers.SearchValues.Create(".!?:;");

    private readonly FrozenSet<string> negators = stance.Negators.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private readonly FrozenSet<string> bridges = stance.NegationBridges.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> keepSide = stance.KeepSideWhenNegated.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a cue argues the same either way ("won't report crimes", "not ICE's dirty work").</summary>
    public bool KeepsSide(string phrase) => keepSide.Contains(phrase);

    /// <summary>
    /// A negator within four words before the cue, with only bridge words ("be", "a", "so"…) between them:
    /// "won't be afraid to call" is negated, "do not know which criminal aliens" and "not only … dangerous" are not.
    /// </summary>
    public bool IsNegated(List<Word> words, int cueStart) => Negator(words, cueStart) >= 0;

    /// <summary>The index of the negator that reaches the cue (see <see cref="IsNegated"/>), or −1.</summary>
    public int Negator(List<Word> words, int cueStart)
    {
        for (var k = cueStart - 1; k >= 0 && k >= cueStart - Window; k--)
        {
            var word = words[k].Lower;
            if (negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                return k + 1 < words.Count && words[k + 1].Lower is "only" or "just" or "merely" or "simply" ? -1 : k;
            }

            if (!bridges.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "cities that don't cooperate with ICE", "jurisdictions which do not honor detainers": a negator right after a
    /// relative pronoun (an auxiliary between them allowed) describes a kind of place by its refusal; it is neither a
    /// promise nor an argument.
    /// </summary>
    public static bool AfterRelativePronoun(List<Word> words, int negator)
    {
        var k = negator - 1;
        if (k >= 0 && words[k].Lower is "do" or "does" or "did" or "will" or "would")
        {
            k--;
        }

        return k >= 0 && words[k].Lower is "that" or "which" or "who";
    }

    /// <summary>
    /// "Do not impede us.", "Don't punish our cities": a negated command opens its sentence (at the paragraph's start or
    /// after a full stop or a colon; not a quoted fragment, "they “don't believe …”") and demands that the cue's act
    /// stop, which is the cue's own complaint.
    /// </summary>
    public static bool IsDemand(string text, List<Word> words, int negator)
    {
        var start = negator;
        if (words[negator].Lower == "not" && negator > 0 && words[negator - 1].Lower == "do")
        {
            start = negator - 1;
        }
        else if (words[negator].Lower is not ("don't" or "never"))
        {
            return false;
        }

        var before = start == 0 ? text.AsSpan(0, words[0].Start) : text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End);
        return start == 0 || before.IndexOfAny(CommandOpeners) >= 0;
    }

    /// <summary>
    /// "whether or not we remain a sanctuary city", "whether to protect immigrants": a cue that opens the question
    /// of a "whether" clause (up to four words before, only pronouns, modals and negation bridges between) is a
    /// question asked, not a position.
    /// </summary>
    public bool InWhetherClause(List<Word> words, int cueStart)
    {
        for (var k = cueStart - 1; k >= 0 && k >= cueStart - Window; k--)
        {
            var word = words[k].Lower;
            if (word == "whether")
            {
                return true;
            }

            if (!bridges.Contains(word) && word is not ("or" or "not" or "to" or "we" or "they" or "it" or "you" or "i" or "he" or "she" or "should" or "would" or "will" or "can" or "could"))
            {
                return false;
            }
        }

        return false;
    }
}
