using System.Numerics;
using PolicySearch.Core.Querying.Execution;

namespace PolicySearch.Core.Search;

/// <summary>
/// An AND of dense terms (<c>said AND summary</c>) matched a window of documents at a time: the rarest term marks
/// its documents in a bit set, each further term keeps only the marked documents it also holds, and the
/// survivors come out in order with every term's frequency. A leapfrog instead asks the denser term to advance
/// to each candidate of the rarer one, which for two common words costs more than reading both lists straight
/// through. Sparse leaders are left to the leapfrog (<see cref="For"/>): there the skips win.
/// </summary>
internal sealed class TermConjunctionScan
{
    public const int WindowSize = 4096;

    private readonly PostingsCursor[] _cursors;

    // Per term, the frequency of each window slot it holds (read only where every term holds the slot).
    private readonly int[][] _windowFrequencies;
    private readonly ulong[] _matched = new ulong[WindowSize / 64];
    private readonly ulong[] _held = new ulong[WindowSize / 64];
    private int _windowStart;

    private TermConjunctionScan(IReadOnlyList<TermIterator> terms)
    {
        _cursors = [.. terms.Select(term => new PostingsCursor(term.Postings))];
        _windowFrequencies = [.. terms.Select(_ => new int[WindowSize])];
    }

    /// <summary>How many terms are AND-ed.</summary>
    public int TermCount => _cursors.Length;

    /// <summary>
    /// The scan of <paramref name="terms"/> (rarest first, unstarted) when even the rarest is in at least one of
    /// <see cref="MinimumLeadShare"/> documents; otherwise null.
    /// </summary>
    public static TermConjunctionScan? For(IReadOnlyList<TermIterator> terms, int documentCount) =>
        terms.Count > 1 && terms.All(term => term.Doc == -1) && terms[0].Postings.DocumentFrequency >= documentCount / MinimumLeadShare
            ? new TermConjunctionScan(terms)
            : null;

    /// <summary>A leader in fewer than one in this many documents is matched by the leapfrog instead.</summary>
    public const int MinimumLeadShare = 16;

    /// <summary>
    /// Fills <paramref name="documents"/> (at least <see cref="WindowSize"/> long) with the matches of the next window
    /// that has any, and <paramref name="frequencies"/> (at least <see cref="WindowSize"/> × <see cref="TermCount"/>)
    /// with their term frequencies, match by match; returns how many, or 0 when no match is left.
    /// </summary>
    public int NextWindow(int[] documents, double[] frequencies)
    {
        // Once any term is done, no later document can hold them all.
        while (Array.TrueForAll(_cursors, cursor => cursor.Document != DocIterator.NoMoreDocs))
        {
            var first = _cursors[0].Document;
            _windowStart = Math.Max(_windowStart, first - (first % WindowSize));
            var windowEnd = _windowStart + WindowSize;
            Mark(0, windowEnd, _matched, requireMatched: false);
            for (var t = 1; t < _cursors.Length; t++)
            {
                Mark(t, windowEnd, _held, requireMatched: true);
                for (var word = 0; word < _matched.Length; word++)
                {
                    _matched[word] &= _held[word];
                    _held[word] = 0;
                }
            }

            var filled = 0;
            for (var word = 0; word < _matched.Length; word++)
            {
                var bits = _matched[word];
                while (bits != 0)
                {
                    var slot = (word * 64) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    documents[filled] = _windowStart + slot;
                    for (var t = 0; t < _cursors.Length; t++)
                    {
                        frequencies[(filled * _cursors.Length) + t] = _windowFrequencies[t][slot];
                    }

                    filled++;
                }

                _matched[word] = 0;
            }

            _windowStart = windowEnd;
            if (filled > 0)
            {
                return filled;
            }
        }

        return 0;
    }

    /// <summary>
    /// Reads term <paramref name="t"/>'s postings below <paramref name="windowEnd"/> (skipping any before the window),
    /// setting each one's bit in <paramref name="bits"/> and noting its frequency; with
    /// <paramref name="requireMatched"/>, only slots the terms before it all hold.
    /// </summary>
    private void Mark(int t, int windowEnd, ulong[] bits, bool requireMatched)
    {
        ref var cursor = ref _cursors[t];
        var frequencies = _windowFrequencies[t];
        for (; cursor.Document < windowEnd; cursor.MoveNext())
        {
            var slot = cursor.Document - _windowStart;
            if (slot >= 0 && (!requireMatched || (_matched[slot >> 6] & (1UL << slot)) != 0))
            {
                bits[slot >> 6] |= 1UL << slot;
                frequencies[slot] = cursor.Postings.FrequencyAt(cursor.Index);
            }
        }
    }
}
