namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Binary search over items kept in text order (words, mentions, cues). Asked once per sentence or cue, a walk over
/// the paragraph's list would make a paragraph of many sentences quadratic in its length.
/// </summary>
internal static class OrderedPositions
{
    /// <summary>
    /// The index of the first item whose position is at or after <paramref name="position"/> (the count if none), in a
    /// list whose positions ascend.
    /// </summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int position, Func<T, int> positionOf)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (positionOf(items[middle]) < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
