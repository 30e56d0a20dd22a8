using PolicySearch.Core.Querying.Scoring;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Querying.Execution;

/// <summary>Walks one term's postings; advances by galloping (exponential then binary search) for AND.</summary>
internal sealed class TermIterator(TermPostings postings, double idf, Bm25 scoring, int[] documentLengths) : DocIterator
{
    private readonly int[] _documents = postings.Documents;
    private int _index = -1;

    public override long Cost => _documents.Length;

    public double Idf { get; } = idf;

    public int Frequency => postings.FrequencyAt(_index);

    public override int NextDoc() => Doc = ++_index < _documents.Length ? _documents[_index] : NoMoreDocs;

    public override int Advance(int target)
    {
        var low = _index + 1;
        var step = 1;
        var high = low;
        while (high < _documents.Length && _documents[high] < target)
        {
            low = high + 1;
            high += step;
            step <<= 1;
        }

        high = Math.Min(high, _documents.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (_documents[middle] < target)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        _index = low;
        return Doc = low < _documents.Length ? _documents[low] : NoMoreDocs;
    }

    public override double Score() => scoring.Score(Idf, Frequency, documentLengths[Doc]);

    /// <summary>The current document's positions in <paramref name="buffer"/>; returns their count.</summary>
    public int ReadPositions(ref int[] buffer) => postings.ReadPositions(_index, ref buffer);
}
