using System.Numerics;
using PolicySearch.Core.Querying.Execution;
using PolicySearch.Core.Querying.Scoring;

namespace PolicySearch.Core.Search;

/// <summary>
/// An OR of plain terms (<c>summary OR against</c>, a prefix's expansion) scored a window of documents at a
/// time, as Lucene's BooleanScorer does: each term's postings inside the window add their score into a slot
/// per document and set its bit, then the set bits are read out in document order. A document-at-a-time OR
/// instead asks every part for its document, twice per hit, through virtual calls. Scores are summed in the
/// parts' order starting from zero, exactly as <see cref="DisjunctionIterator.Score"/> sums them.
/// </summary>
internal sealed class TermDisjunctionScan
{
    public const int WindowSize = 4096;

    private readonly PostingsCursor[] _cursors;
    private readonly double[] _idfs;
    private readonly Bm25 _scoring;
    private readonly DocumentTable _table;
    private readonly KeyFilter? _filter;

    private readonly double[] _windowScores = new double[WindowSize];
    private readonly ulong[] _windowBits = new ulong[WindowSize / 64];
    private int _windowStart;

    // A term's documents whose entries are read ahead together (see DocumentTable.Prefetch).
    private readonly int[] _batch = new int[128];
    private int _prefetched;

    public TermDisjunctionScan(IReadOnlyList<TermIterator> terms, Bm25 scoring, DocumentTable table, KeyFilter? filter)
    {
        _filter = filter;
        _cursors = [.. terms.Select(term => new PostingsCursor(term.Postings))];
        _idfs = [.. terms.Select(term => term.Idf)];
        _scoring = scoring;
        _table = table;
    }

    /// <summary>The scan of <paramref name="matches"/> when it is an OR of plain, unstarted terms; otherwise null.</summary>
    /// <remarks>
    /// With <paramref name="filter"/>, only documents passing it are scored; the others still come out (with score 0)
    /// so that the collector can count them sideways.
    /// </remarks>
    public static TermDisjunctionScan? For(DocIterator matches, Bm25 scoring, DocumentTable table, KeyFilter? filter) =>
        matches is DisjunctionIterator { Doc: -1 } or && or.Parts.All(part => part is TermIterator { Doc: -1 })
            ? new TermDisjunctionScan([.. or.Parts.Cast<TermIterator>()], scoring, table, filter)
            : null;

    /// <summary>
    /// Fills <paramref name="documents"/> and <paramref name="scores"/> (at least <see cref="WindowSize"/> long) with
    /// the matches of the next window that has any, in ascending order; returns how many, or 0 when every term is done.
    /// </summary>
    public int NextWindow(int[] documents, double[] scores)
    {
        var first = DocIterator.NoMoreDocs;
        foreach (var cursor in _cursors)
        {
            first = Math.Min(first, cursor.Document);
        }

        if (first == DocIterator.NoMoreDocs)
        {
            return 0;
        }

        // Windows are aligned; a sparse OR jumps straight to the window of its next document.
        _windowStart = Math.Max(_windowStart, first - (first % WindowSize));
        var windowEnd = _windowStart + WindowSize;
        for (var t = 0; t < _cursors.Length; t++)
        {
            ScoreTermInWindow(t, windowEnd);
        }

        var filled = 0;
        for (var word = 0; word < _windowBits.Length; word++)
        {
            var bits = _windowBits[word];
            while (bits != 0)
            {
                var slot = (word * 64) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                documents[filled] = _windowStart + slot;
                scores[filled++] = _windowScores[slot];
                _windowScores[slot] = 0;
            }

            _windowBits[word] = 0;
        }

        _windowStart = windowEnd;
        return filled;
    }

    /// <summary>Adds the scores of term <paramref name="t"/>'s postings below <paramref name="windowEnd"/> into the window.</summary>
    private void ScoreTermInWindow(int t, int windowEnd)
    {
        ref var cursor = ref _cursors[t];
        var postings = cursor.Postings;
        var idf = _idfs[t];
        var prefetch = _table.WorthPrefetching(postings.DocumentFrequency);
        while (cursor.Document < windowEnd)
        {
            // A batch of the term's documents in this window, their entries read ahead together, then scored.
            var first = cursor.Index;
            var count = 0;
            for (; cursor.Document < windowEnd && count < _batch.Length; count++, cursor.MoveNext())
            {
                _batch[count] = cursor.Document;
            }

            if (prefetch)
            {
                _prefetched += _table.Prefetch(_batch.AsSpan(0, count));
            }

            for (var i = 0; i < count; i++)
            {
                var hit = _batch[i];
                var slot = hit - _windowStart;
                if (_filter is null || _filter.MissedDimension(hit) == FacetFilters.PassesAll)
                {
                    _windowScores[slot] += _scoring.ScoreWithNorm(idf, postings.FrequencyAt(first + i), _table.LengthNorm(hit));
                }

                _windowBits[slot >> 6] |= 1UL << slot;
            }
        }
    }
}
