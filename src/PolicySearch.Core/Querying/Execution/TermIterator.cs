using PolicySearch.Core.Querying.Scoring;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// Walks one term's postings, decoding document gaps as it goes; <see cref="Advance"/> first binary-searches
/// the block skip table (last document per block of 64), then decodes within the block.
/// </summary>
internal sealed class TermIterator(TermPostings postings, double idf, Bm25 scoring, DocumentTable documents) : DocIterator
{
    private readonly byte[] _data = postings.Data;
    private readonly int _count = postings.DocumentFrequency;
    private int _index = -1;
    private int _offset;
    private int _previous;

    public override long Cost => _count;

    public double Idf { get; } = idf;

    public TermPostings Postings => postings;

    public int Frequency => postings.FrequencyAt(_index);

    public override int NextDoc()
    {
        if (++_index >= _count)
        {
            _index = _count;
            return Doc = NoMoreDocs;
        }

        _previous += VarInt.Read(_data, ref _offset);
        return Doc = _previous;
    }

    public override int Advance(int target)
    {
        if (postings.Skips is not null && _index + 1 < _count)
        {
            JumpToBlockOf(target);
        }

        while (NextDoc() < target)
        {
        }

        return Doc;
    }

    /// <summary>Moves to the start of the first block whose last document is at least <paramref name="target"/>, if that is a later block.</summary>
    /// <remarks>
    /// Gallops forward from the current block before the binary search: an AND or NOT follower is asked for
    /// ascending targets, usually a block or two ahead, and a full binary search over thousands of blocks of a
    /// common term cost ~13 probes per call.
    /// </remarks>
    private void JumpToBlockOf(int target)
    {
        var current = Math.Max(_index, 0) / TermPostings.BlockSize;
        var last = postings.BlockCount - 1;
        if (postings.LastDocumentOfBlock(current) >= target)
        {
            return;
        }

        // Invariant: block `low - 1` ends before target; `high` ends at or after it (or is the last block).
        int low = current + 1, step = 1, high = Math.Min(low, last);
        while (high < last && postings.LastDocumentOfBlock(high) < target)
        {
            low = high + 1;
            high = Math.Min(last, high + step);
            step <<= 1;
        }

        if (postings.LastDocumentOfBlock(high) < target)
        {
            _index = _count - 1; // exhausted: the next NextDoc reports NoMoreDocs
            return;
        }

        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (postings.LastDocumentOfBlock(middle) < target)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        _index = (low * TermPostings.BlockSize) - 1;
        _offset = postings.DocumentOffsetOfBlock(low);
        _previous = postings.DocumentBaseOfBlock(low);
    }

    public override double Score() => scoring.ScoreWithNorm(Idf, Frequency, documents.LengthNorm(Doc));

    private TermPostings.PositionCursor _positions = new(postings);

    /// <summary>The current document's positions in <paramref name="buffer"/>; returns their count.</summary>
    public int ReadPositions(ref int[] buffer) => _positions.Read(_index, ref buffer);
}
