namespace PolicySearch.Core.Search;

/// <summary>
/// Grows one term's postings while documents are added (ascending ordinals, ascending positions within a
/// document), already in the packed <see cref="TermPostings"/> encoding so that building a million paragraphs
/// costs little more memory than the finished index; <see cref="Freeze"/> only concatenates.
/// A build holds one accumulator per term (~100k at 100k paragraphs) until its end, so each is kept to a few
/// objects: three byte arrays with their lengths and, only once a term has a second block, one array of skip
/// entries. Lists (six per term) had doubled the objects every collection of the build's old generation marks.
/// </summary>
internal sealed class PostingsAccumulator(string term)
{
    private byte[] _documentGaps = new byte[4];
    private byte[] _frequencies = new byte[4];
    private byte[] _positions = new byte[8];
    private int _documentGapsLength;
    private int _frequenciesLength;
    private int _positionsLength;

    // Per block (last document, offset of its first document gap, offset of its first position in _positions), as
    // in TermPostings.Skips; null while the term has one block, whose offsets are 0.
    private int[]? _blocks;
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
        VarInt.Write(ref _positions, ref _positionsLength, position - _lastPosition);
        _lastPosition = position;
    }

    private void StartDocument(int document)
    {
        if (_count > 0)
        {
            FinishDocument();
            if (_count % TermPostings.BlockSize == 0)
            {
                // A block starts: the one before it ended with the document just finished (the last block's end is set in Pack).
                var entry = BlockEntry(_count / TermPostings.BlockSize);
                _blocks![entry - TermPostings.SkipEntryLength] = _lastDocument;
                _blocks[entry + 1] = _documentGapsLength;
                _blocks[entry + 2] = _positionsLength;
            }
        }

        VarInt.Write(ref _documentGaps, ref _documentGapsLength, document - Math.Max(_lastDocument, 0));
        _lastDocument = document;
        _lastPosition = 0;
        _frequency = 0;
        _count++;
    }

    /// <summary>Records the frequency of the document just completed.</summary>
    private void FinishDocument()
    {
        var index = _count - 1;
        if (_frequency >= TermPostings.FrequencyOverflow)
        {
            (_largeFrequencies ??= [])[index] = _frequency;
        }

        if (_frequenciesLength == _frequencies.Length)
        {
            Array.Resize(ref _frequencies, _frequencies.Length * 2);
        }

        _frequencies[_frequenciesLength++] = (byte)Math.Min(_frequency, TermPostings.FrequencyOverflow);
    }

    /// <summary>
    /// The offset of <paramref name="block"/>'s skip entry, growing the entries to hold it (and creating them, the
    /// first block's offsets 0, when the second block starts).
    /// </summary>
    private int BlockEntry(int block)
    {
        if (_blocks is null)
        {
            _blocks = new int[4 * TermPostings.SkipEntryLength];
        }
        else if (_blocks.Length < (block + 1) * TermPostings.SkipEntryLength)
        {
            Array.Resize(ref _blocks, _blocks.Length * 2);
        }

        return block * TermPostings.SkipEntryLength;
    }

    /// <summary>The packed postings (computed once; later calls return the same instance).</summary>
    public TermPostings Freeze() => _frozen ??= Pack();

    private TermPostings Pack()
    {
        FinishDocument();
        var frequenciesOffset = _documentGapsLength;
        var positionsOffset = frequenciesOffset + _frequenciesLength;
        var data = new byte[positionsOffset + _positionsLength];
        _documentGaps.AsSpan(0, _documentGapsLength).CopyTo(data);
        _frequencies.AsSpan(0, _frequenciesLength).CopyTo(data.AsSpan(frequenciesOffset));
        _positions.AsSpan(0, _positionsLength).CopyTo(data.AsSpan(positionsOffset));

        int[]? skips = null;
        if (_blocks is not null)
        {
            var blocks = (_count + TermPostings.BlockSize - 1) / TermPostings.BlockSize;
            skips = _blocks[..(blocks * TermPostings.SkipEntryLength)];
            skips[(blocks - 1) * TermPostings.SkipEntryLength] = _lastDocument;
            for (var block = 0; block < blocks; block++)
            {
                skips[(block * TermPostings.SkipEntryLength) + 2] += positionsOffset;
            }
        }

        return new TermPostings(_count, data, frequenciesOffset, positionsOffset, skips, _largeFrequencies);
    }
}
