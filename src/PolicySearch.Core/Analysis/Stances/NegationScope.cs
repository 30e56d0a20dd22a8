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

    private readonly FrozenSet<string> negators = stance.Negators.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private readonly FrozenSet<string> bridges = stance.NegationBridges.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> keepSide = stance.KeepSideWhenNegated.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a cue argues the same either way ("won't report crimes", "not ICE's dirty work").</summary>
    public bool KeepsSide(string phrase) => keepSide.Contains(phrase);

    /// <summary>
    /// A negator within four words before the cue, with only bridge words ("be", "a", "so"…) between them:
    /// "won't be afraid to call" is negated, "do not know which criminal aliens" and "not only … dangerous" are not.
    /// </summary>
    public bool IsNegated(List<Word> words, int cueStart)
    {
        for (var k = cueStart - 1; k >= 0 && k >= cueStart - Window; k--)
        {
            var word = words[k].Lower;
            if (negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                return !(k + 1 < words.Count && words[k + 1].Lower is "only" or "just" or "merely" or "simply");
            }

            if (!bridges.Contains(word))
            {
                return false;
            }
        }

        return false;
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
