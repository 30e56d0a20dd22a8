using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Groups named as cues ("advocates", "critics") are a side only when they state a position in the same clause
/// ("advocates say …", "critics argue …"); "a commitment made to immigrant rights groups" is a fact.
/// </summary>
internal sealed class GroupPositions(StanceFile stance)
{
    private const int Window = 10;
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(".!?;:,");

    private readonly FrozenSet<string> holders = stance.PositionHolders.ToFrozenSet(StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> verbs = new(stance.PositionVerbs.Select(v => KeyValuePair.Create(v, true)));

    /// <summary>True when <paramref name="phrase"/> names a group that states no position after it.</summary>
    public bool IsSilentGroup(string phrase, string text, List<Word> words, int after) =>
        holders.Contains(phrase) && !StatesPosition(text, words, after);

    /// <summary>
    /// A speech or position verb within the next ten words of the same clause ("advocates say", "critics of the bill
    /// argue"); a comma ends the search, so that "in response to critics who call it a sanctuary, the governor noted"
    /// does not give the governor's verb to the critics.
    /// </summary>
    private bool StatesPosition(string text, List<Word> words, int after)
    {
        var end = after;
        while (end < words.Count && end < after + Window
            && (end == after || text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).IndexOfAny(ClauseBreaks) < 0))
        {
            end++;
        }

        return verbs.Any(words, after, end);
    }
}
