namespace PolicySearch.Core.Search;

/// <summary>
/// Grows one term's postings while documents are added (in ascending ordinal order, positions ascending
/// within a document), then freezes them into the <see cref="TermPostings"/> layout.
/// </summary>
internal sealed class PostingsAccumulator(string term)
{
    private readonly List<int> _documents = [];
    private readonly List<int> _frequencies = [];
    private readonly List<byte> _positions = [];
    private readonly List<int> _positionBlockStarts = [];
    private int _lastPosition;

    public string Term { get; } = term;

    public void AddOccurrence(int document, int position)
    {
        if (_documents.Count == 0 || _documents[^1] != document)
        {
            if (_documents.Count % TermPostings.PositionBlockSize == 0)
            {
                _positionBlockStarts.Add(_positions.Count);
            }

            _documents.Add(document);
            _frequencies.Add(0);
            _lastPosition = 0;
        }

        _frequencies[^1]++;
        VarInt.Write(_positions, position - _lastPosition);
        _lastPosition = position;
    }

    public TermPostings Freeze()
    {
        var frequencies = new byte[_frequencies.Count];
        Dictionary<int, int>? large = null;
        for (var i = 0; i < frequencies.Length; i++)
        {
            if (_frequencies[i] >= TermPostings.FrequencyOverflow)
            {
                frequencies[i] = TermPostings.FrequencyOverflow;
                (large ??= [])[i] = _frequencies[i];
            }
            else
            {
                frequencies[i] = (byte)_frequencies[i];
            }
        }

        return new TermPostings([.. _documents], frequencies, large, [.. _positions], [.. _positionBlockStarts]);
    }
}
