namespace PolicySearch.Core.Search;

/// <summary>
/// Phrase and proximity matching over the sorted position lists of a phrase's terms (list j = positions of
/// the phrase's j-th term). Used by highlighting (to mark); Lucene's PhraseQuery and SpanNearQuery do the matching.
/// </summary>
internal static class PositionMatcher
{
    /// <summary>Counts the starts s where term j occurs at s + j for every j; adds them to <paramref name="starts"/> when given.</summary>
    public static int ExactMatches(int[][] positions, int[] counts, List<int>? starts = null)
    {
        Span<int> cursors = stackalloc int[positions.Length];
        var matches = 0;
        for (var i = 0; i < counts[0]; i++)
        {
            var start = positions[0][i];
            var matched = true;
            for (var j = 1; j < positions.Length && matched; j++)
            {
                var wanted = start + j;
                while (cursors[j] < counts[j] && positions[j][cursors[j]] < wanted)
                {
                    cursors[j]++;
                }

                matched = cursors[j] < counts[j] && positions[j][cursors[j]] == wanted;
            }

            if (matched)
            {
                matches++;
                starts?.Add(start);
            }
        }

        return matches;
    }

    /// <summary>
    /// Proximity in any order: walks the windows that hold one occurrence of every term (for each leftmost
    /// occurrence, the tightest such window) and keeps those with at most <paramref name="slop"/> other tokens
    /// inside, i.e. last − first + 1 − terms ≤ slop (FTS5's NEAR rule). Returns the sloppy frequency
    /// Σ 1 / (1 + other tokens), as Lucene weights sloppy matches; adds the windows when asked.
    /// </summary>
    public static double NearMatches(int[][] positions, int[] counts, int slop, List<(int First, int Last)>? windows = null)
    {
        var terms = positions.Length;
        Span<int> cursors = stackalloc int[terms];
        var frequency = 0.0;
        while (true)
        {
            int first = int.MaxValue, last = int.MinValue, firstTerm = 0;
            for (var j = 0; j < terms; j++)
            {
                if (cursors[j] >= counts[j])
                {
                    return frequency;
                }

                var position = positions[j][cursors[j]];
                if (position < first)
                {
                    first = position;
                    firstTerm = j;
                }

                last = Math.Max(last, position);
            }

            var others = last - first + 1 - terms;
            if (others <= slop)
            {
                frequency += 1.0 / (1 + Math.Max(others, 0));
                windows?.Add((first, last));
            }

            cursors[firstTerm]++;
        }
    }
}
