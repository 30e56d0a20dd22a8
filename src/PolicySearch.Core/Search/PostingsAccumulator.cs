namespace PolicySearch.Core.Search;

/// <summary>
/// Grows one term's postings while documents are added (in ascending ordinal order, positions ascending
/// within a document), then packs them into the <see cref="TermPostings"/> layout.
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
            if (_documents.Count % TermPostings.BlockSize == 0)
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
        var data = new List<byte>(_documents.Count + _frequencies.Count + _positions.Count + 16);
        var blocks = _positionBlockStarts.Count;
        var skips = blocks > 1 ? new int[blocks * TermPostings.SkipEntryLength] : null;
        var previous = 0;
        for (var i = 0; i < _documents.Count; i++)
        {
            if (skips is not null && i % TermPostings.BlockSize == 0)
            {
                skips[((i / TermPostings.BlockSize) * TermPostings.SkipEntryLength) + 1] = data.Count;
            }

            VarInt.Write(data, _documents[i] - previous);
            previous = _documents[i];
            if (skips is not null && (i % TermPostings.BlockSize == TermPostings.BlockSize - 1 || i == _documents.Count - 1))
            {
                skips[(i / TermPostings.BlockSize) * TermPostings.SkipEntryLength] = previous;
            }
        }

        var frequenciesOffset = data.Count;
        Dictionary<int, int>? large = null;
        for (var i = 0; i < _frequencies.Count; i++)
        {
            if (_frequencies[i] >= TermPostings.FrequencyOverflow)
            {
                (large ??= [])[i] = _frequencies[i];
            }

            data.Add((byte)Math.Min(_frequencies[i], TermPostings.FrequencyOverflow));
        }

        var positionsOffset = data.Count;
        data.AddRange(_positions);
        for (var block = 0; skips is not null && block < blocks; block++)
        {
            skips[(block * TermPostings.SkipEntryLength) + 2] = positionsOffset + _positionBlockStarts[block];
        }

        return new TermPostings(_documents.Count, [.. data], frequenciesOffset, positionsOffset, skips, large);
    }
}
