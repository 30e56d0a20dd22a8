namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// A precomputed match list: ascending documents with their scores (null = all score 0). Used for prefix
/// queries (the union of a dictionary range, computed once) and for "every document".
/// </summary>
internal sealed class ListIterator(int[] documents, double[]? scores) : DocIterator
{
    private int _index = -1;

    public override long Cost => documents.Length;

    public override int NextDoc()
    {
        _index = Math.Min(_index + 1, documents.Length);
        return Doc = _index < documents.Length ? documents[_index] : NoMoreDocs;
    }

    public override int Advance(int target)
    {
        var start = _index + 1;
        if (start >= documents.Length)
        {
            _index = documents.Length;
            return Doc = NoMoreDocs;
        }

        var found = Array.BinarySearch(documents, start, documents.Length - start, target);
        _index = found >= 0 ? found : ~found;
        return Doc = _index < documents.Length ? documents[_index] : NoMoreDocs;
    }

    public override double Score() => scores is null ? 0 : scores[_index];
}
