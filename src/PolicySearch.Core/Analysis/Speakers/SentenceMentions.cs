namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// The mentions of one sentence, in text order. They never overlap, so both their starts and their ends ascend:
/// the attribution's questions ("the first mention after the cue", "the nearest one before it") are binary
/// searches, not walks over the sentence. Those walks, one per speech cue, made a paragraph of one long sentence
/// quadratic in its length.
/// </summary>
internal sealed class SentenceMentions(List<Mention> mentions)
{
    // For each mention, the index of the nearest mention at or before it that is not a possessive (-1: none);
    // made on first use, as only participles ask.
    private int[]? nonPossessiveAtOrBefore;

    public int Count => mentions.Count;

    public Mention this[int index] => mentions[index];

    /// <summary>The index of the first mention starting at or after <paramref name="position"/> (<see cref="Count"/> if none).</summary>
    public int FirstStartingFrom(int position) => OrderedPositions.FirstAtOrAfter(mentions, position, static m => m.Start);

    /// <summary>The index of the last mention ending at or before <paramref name="position"/> (-1 if none).</summary>
    public int LastEndingBy(int position) => OrderedPositions.FirstAtOrAfter(mentions, position + 1, static m => m.End) - 1;

    /// <summary>The index of this very mention (-1 if it is not one of the sentence's).</summary>
    public int IndexOf(Mention mention)
    {
        var at = FirstStartingFrom(mention.Start);
        return at < mentions.Count && mentions[at].Equals(mention) ? at : -1;
    }

    /// <summary>The index of the nearest mention at or before <paramref name="index"/> that is not a possessive (-1 if none).</summary>
    public int NonPossessiveAtOrBefore(int index)
    {
        if (index < 0)
        {
            return -1;
        }

        if (nonPossessiveAtOrBefore is null)
        {
            nonPossessiveAtOrBefore = new int[mentions.Count];
            var last = -1;
            for (var k = 0; k < mentions.Count; k++)
            {
                if (!mentions[k].Possessive)
                {
                    last = k;
                }

                nonPossessiveAtOrBefore[k] = last;
            }
        }

        return nonPossessiveAtOrBefore[index];
    }
}
