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

    private readonly TermPostings[] _postings;

    // Per term: the index of its next unread posting, that posting's document (NoMoreDocs when done) and the
    // byte offset just past its document gap.
    private readonly int[] _next;
    private readonly int[] _pending;
    private readonly int[] _offsets;

    // Per term, the frequency of each window slot it holds (read only where every term holds the slot).
    private readonly int[][] _windowFrequencies;
    private readonly ulong[] _matched = new ulong[WindowSize / 64];
    private readonly ulong[] _held = new ulong[WindowSize / 64];
    private int _windowStart;

    private TermConjunctionScan(IReadOnlyList<TermIterator> terms)
    {
        _postings = [.. terms.Select(term => term.Postings)];
        _next = new int[terms.Count];
        _pending = new int[terms.Count];
        _offsets = new int[terms.Count];
        _windowFrequencies = [.. terms.Select(_ => new int[WindowSize])];
        for (var t = 0; t < terms.Count; t++)
        {
            _pending[t] = _postings[t].DocumentFrequency > 0 ? VarInt.Read(_postings[t].Data, ref _offsets[t]) : DocIterator.NoMoreDocs;
        }
    }

    /// <summary>How many terms are AND-ed.</summary>
    public int TermCount => _postings.Length;

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
    public int NextWindow(int[] documents, int[] frequencies)
    {
        // Once any term is done, no later document can hold them all.
        while (Array.IndexOf(_pending, DocIterator.NoMoreDocs) < 0)
        {
            var first = _pending[0];
            _windowStart = Math.Max(_windowStart, first - (first % WindowSize));
            var windowEnd = _windowStart + WindowSize;
            Mark(0, windowEnd, _matched, requireMatched: false);
            for (var t = 1; t < _postings.Length; t++)
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
                    for (var t = 0; t < _postings.Length; t++)
                    {
                        frequencies[(filled * _postings.Length) + t] = _windowFrequencies[t][slot];
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
        var postings = _postings[t];
        var data = postings.Data;
        var frequencies = _windowFrequencies[t];
        int next = _next[t], doc = _pending[t], offset = _offsets[t];
        while (doc < windowEnd)
        {
            var slot = doc - _windowStart;
            if (slot >= 0 && (!requireMatched || (_matched[slot >> 6] & (1UL << slot)) != 0))
            {
                bits[slot >> 6] |= 1UL << slot;
                frequencies[slot] = postings.FrequencyAt(next);
            }

            doc = ++next < postings.DocumentFrequency ? doc + VarInt.Read(data, ref offset) : DocIterator.NoMoreDocs;
        }

        (_next[t], _pending[t], _offsets[t]) = (next, doc, offset);
    }
}
