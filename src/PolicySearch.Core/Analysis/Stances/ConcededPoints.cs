using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// The conceded points of a paragraph, which count half (STANCE_GUIDELINES rule 8, the emphasised final point):
/// the words before its last contrast word ("…was meant to protect immigrants, but the suit says it oversteps")
/// and a sentence's opening concessive clause, up to its first comma ("While the bill does not make the state a
/// sanctuary, …").
/// </summary>
internal sealed class ConcededPoints(StanceFile stance)
{
    private readonly FrozenSet<string> contrastWords = stance.ContrastWords.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> concessiveWords = stance.ConcessiveWords.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Marks the words of conceded points: everything before the paragraph's last contrast word ("but",
    /// "however"; not "not only … but", "all but", "nothing but"), and a sentence's opening concessive clause
    /// ("While …", "Although …") up to its first comma. One pass over the words; punctuation is read from the
    /// text between them.
    /// </summary>
    public bool[] Mark(string text, List<Word> words)
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
