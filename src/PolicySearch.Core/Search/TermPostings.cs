namespace PolicySearch.Core.Search;

/// <summary>
/// The postings of one term, packed into one byte array so that a million paragraphs fit the memory budget
/// (a plain int per posting alone would cost ~240 MiB at 1M paragraphs; deltas take ~1.2 bytes):
/// <code>
/// Data = [document deltas, varint] [frequencies, 1 byte each] [positions, delta varints per posting]
///         0 …                      FrequenciesOffset …        PositionsOffset …
/// </code>
/// <list type="bullet">
/// <item>Documents ascend; each is stored as the gap from the previous one (the first from 0), decoded sequentially
/// while scoring and facet counting.</item>
/// <item>Postings are grouped in blocks of <see cref="BlockSize"/>. For terms with more than one block,
/// <see cref="Skips"/> holds per block (last document, byte offset of its first document delta, byte offset of its
/// first position), so AND can jump with a binary search and a phrase reaches one posting's positions by skipping
/// at most 63 postings.</item>
/// <item>A frequency of 255 means "look in <see cref="LargeFrequencies"/>", so pathological paragraphs still score exactly.</item>
/// </list>
/// </summary>
internal sealed class TermPostings(int documentFrequency, byte[] data, int frequenciesOffset, int positionsOffset, int[]? skips, Dictionary<int, int>? largeFrequencies)
{
    public const int BlockSize = 64;
    public const int SkipEntryLength = 3;
    public const byte FrequencyOverflow = byte.MaxValue;

    public int DocumentFrequency { get; } = documentFrequency;

    public byte[] Data { get; } = data;

    public int FrequenciesOffset { get; } = frequenciesOffset;

    public int PositionsOffset { get; } = positionsOffset;

    /// <summary>Per block: last document, offset of its first document delta, offset of its first position; null for a single block.</summary>
    public int[]? Skips { get; } = skips;

    public Dictionary<int, int>? LargeFrequencies { get; } = largeFrequencies;

    public int BlockCount => (DocumentFrequency + BlockSize - 1) / BlockSize;

    public int LastDocumentOfBlock(int block) => Skips![block * SkipEntryLength];

    public int DocumentOffsetOfBlock(int block) => Skips is null ? 0 : Skips[(block * SkipEntryLength) + 1];

    public int PositionOffsetOfBlock(int block) => Skips is null ? PositionsOffset : Skips[(block * SkipEntryLength) + 2];

    /// <summary>The document the deltas of <paramref name="block"/> start from.</summary>
    public int DocumentBaseOfBlock(int block) => block == 0 ? 0 : LastDocumentOfBlock(block - 1);

    private PostingBits? _bits;

    /// <summary>
    /// This term's documents as bits, built on the first call and kept (the index never changes): for dense
    /// terms that an AND intersects (<see cref="TermConjunctionScan"/>). Racing first callers may each build
    /// one; one is kept.
    /// </summary>
    public PostingBits Bits(int documentCount)
    {
        if (_bits is { } bits)
        {
            return bits;
        }

        Interlocked.CompareExchange(ref _bits, PostingBits.Of(this, documentCount), null);
        return _bits;
    }

    /// <summary>The term frequency of the posting at <paramref name="index"/>.</summary>
    public int FrequencyAt(int index)
    {
        var frequency = Data[FrequenciesOffset + index];
        return frequency == FrequencyOverflow ? LargeFrequencies![index] : frequency;
    }

    /// <summary>
    /// Decodes positions for ascending postings of one iterator, resuming from the last posting read when that is
    /// closer than the start of the posting's block (phrase candidates of common terms are often close together).
    /// </summary>
    public struct PositionCursor(TermPostings postings)
    {
        private int _index = -1;
        private int _offset;

        /// <summary>Decodes the positions of the posting at <paramref name="index"/> into <paramref name="buffer"/> (grown if needed); returns their count.</summary>
        public int Read(int index, ref int[] buffer)
        {
            var blockStart = index / BlockSize * BlockSize;
            if (_index < blockStart || _index > index)
            {
                _index = blockStart;
                _offset = postings.PositionOffsetOfBlock(index / BlockSize);
            }

            var skipped = 0;
            for (; _index < index; _index++)
            {
                skipped += postings.FrequencyAt(_index);
            }

            VarInt.Skip(postings.Data, ref _offset, skipped);

            var count = postings.FrequencyAt(index);
            if (buffer.Length < count)
            {
                buffer = new int[Math.Max(count, buffer.Length * 2)];
            }

            // Decoding leaves the cursor on the next posting, ready for the next candidate.
            var position = 0;
            for (var i = 0; i < count; i++)
            {
                position += VarInt.Read(postings.Data, ref _offset);
                buffer[i] = position;
            }

            _index = index + 1;
            return count;
        }
    }

    /// <summary>Bytes held, counting array and object headers.</summary>
    public long EstimateMemoryBytes() =>
        48 + 24 + Data.Length + (Skips is null ? 0 : 24 + (Skips.Length * sizeof(int))) + ((LargeFrequencies?.Count ?? 0) * 24L);
}
