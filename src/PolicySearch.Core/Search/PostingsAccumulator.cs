namespace PolicySearch.Core.Search;

/// <summary>
/// Grows one term's postings while documents are added (ascending ordinals, ascending positions within a
/// document), already in the packed <see cref="TermPostings"/> encoding so that building a million paragraphs
/// costs little more memory than the finished index; <see cref="Freeze"/> only concatenates.
/// </summary>
internal sealed class PostingsAccumulator(string term)
{
    private readonly List<byte> _documentGaps = [];
    private readonly List<byte> _frequencies = [];
    private readonly List<byte> _positions = [];
    private readonly List<int> _blockDocumentOffsets = [];
    private readonly List<int> _blockPositionOffsets = [];
    private readonly List<int> _blockLastDocuments = [];
    private Dictionary<int, int>? _largeFrequencies;
    private TermPostings? _frozen;
    private int _count;
    private int _lastDocument = -1;
    private int _lastPosition;
    private int _frequency;

    public string Term { get; } = term;

    public void AddOccurrence(int document, int position)
    {
        if (document != _lastDocument)
        {
            StartDocument(document);
        }

        _frequency++;
        VarInt.Write(_positions, position - _lastPosition);
        _lastPosition = position;
    }

    private void StartDocument(int document)
    {
        if (_count > 0)
        {
            FinishDocument();
        }

        if (_count % TermPostings.BlockSize == 0)
        {
            _blockDocumentOffsets.Add(_documentGaps.Count);
            _blockPositionOffsets.Add(_positions.Count);
        }

        VarInt.Write(_documentGaps, document - Math.Max(_lastDocument, 0));
        _lastDocument = document;
        _lastPosition = 0;
        _frequency = 0;
        _count++;
    }

    /// <summary>Records the frequency of the document just completed and closes its block when full.</summary>
    private void FinishDocument()
    {
        var index = _count - 1;
        if (_frequency >= TermPostings.FrequencyOverflow)
        {
            (_largeFrequencies ??= [])[index] = _frequency;
        }

        _frequencies.Add((byte)Math.Min(_frequency, TermPostings.FrequencyOverflow));
        if (index % TermPostings.BlockSize == TermPostings.BlockSize - 1)
        {
            _blockLastDocuments.Add(_lastDocument);
        }
    }

    /// <summary>The packed postings (computed once; later calls return the same instance).</summary>
    public TermPostings Freeze() => _frozen ??= Pack();

    private TermPostings Pack()
    {
        FinishDocument();
        if (_blockLastDocuments.Count < _blockDocumentOffsets.Count)
        {
            _blockLastDocuments.Add(_lastDocument);
        }

        var frequenciesOffset = _documentGaps.Count;
        var positionsOffset = frequenciesOffset + _frequencies.Count;
        var data = new byte[positionsOffset + _positions.Count];
        _documentGaps.CopyTo(data, 0);
        _frequencies.CopyTo(data, frequenciesOffset);
        _positions.CopyTo(data, positionsOffset);

        var blocks = _blockDocumentOffsets.Count;
        int[]? skips = null;
        if (blocks > 1)
        {
            skips = new int[blocks * TermPostings.SkipEntryLength];
            for (var block = 0; block < blocks; block++)
            {
                skips[block * TermPostings.SkipEntryLength] = _blockLastDocuments[block];
                skips[(block * TermPostings.SkipEntryLength) + 1] = _blockDocumentOffsets[block];
                skips[(block * TermPostings.SkipEntryLength) + 2] = positionsOffset + _blockPositionOffsets[block];
            }
        }

        return new TermPostings(_count, data, frequenciesOffset, positionsOffset, skips, _largeFrequencies);
    }
}
