using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text;

namespace PolicySearch.Core.Search.Snapshot;

/// <summary>
/// Reads a snapshot written by <see cref="SnapshotWriter"/> and trusts nothing: the header must match, every
/// length must fit in what is left of the file, the structure must be consistent (documents ascending and in
/// range, ordinals in range) and the SHA-256 trailer must equal the hash of what was read. Any failure —
/// including truncation — is a <see cref="PolicySearchException"/> with code <c>index.snapshot-invalid</c>.
/// </summary>
internal sealed class SnapshotReader(HashingStream input, BinaryReader reader)
{
    private readonly HashingStream _input = input;
    private readonly BinaryReader _reader = reader;

    private const int UnverifiedChunk = 1 << 20;

    public static SearchIndex Read(Stream input, string expectedBuildId)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            using var hashing = new HashingStream(input);
            using var reader = new BinaryReader(hashing, Encoding.UTF8, leaveOpen: true);
            return new SnapshotReader(hashing, reader).ReadIndex(expectedBuildId);
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or FormatException
            or ArgumentException or OverflowException or IndexOutOfRangeException or InvalidDataException or DecoderFallbackException)
        {
            throw Invalid($"the file is truncated or corrupt ({exception.Message})");
        }
    }

    private static PolicySearchException Invalid(string reason) =>
        new(SnapshotFormat.InvalidCode, $"The index snapshot cannot be used: {reason}. Rebuild the index.");

    private SearchIndex ReadIndex(string expectedBuildId)
    {
        if (_reader.ReadUInt32() != SnapshotFormat.Magic)
        {
            throw Invalid("it is not a PolicySearch snapshot");
        }

        var version = _reader.ReadInt32();
        if (version != SnapshotFormat.Version)
        {
            throw Invalid($"its format version is {version}, this build reads {SnapshotFormat.Version}");
        }

        var buildId = _reader.ReadString();
        if (buildId != expectedBuildId)
        {
            throw Invalid($"it belongs to build '{buildId}', not '{expectedBuildId}'");
        }

        var documentCount = ReadCount(sizeof(int) * 2);
        var termCount = ReadCount(1);
        var lengths = ReadInts(documentCount);
        var dateKeys = ReadInts(documentCount);
        var terms = new string[termCount];
        var postings = new TermPostings[termCount];
        for (var t = 0; t < termCount; t++)
        {
            terms[t] = _reader.ReadString();
            if (t > 0 && string.CompareOrdinal(terms[t - 1], terms[t]) >= 0)
            {
                throw Invalid("its term dictionary is not sorted");
            }

            postings[t] = ReadPostings();
        }

        var facets = new FacetColumn[ReadCount(1)];
        if (facets.Length != FacetNames.All.Count)
        {
            throw Invalid("it has the wrong number of facet dimensions");
        }

        for (var f = 0; f < facets.Length; f++)
        {
            facets[f] = ReadFacet(documentCount);
            if (facets[f].Name != FacetNames.All[f])
            {
                throw Invalid($"facet {f} is '{facets[f].Name}', expected '{FacetNames.All[f]}'");
            }
        }

        var computed = _input.CurrentHash();
        var stored = _reader.ReadBytes(SnapshotFormat.ChecksumLength);
        if (!computed.AsSpan().SequenceEqual(stored))
        {
            throw Invalid("its checksum does not match its content");
        }

        ValidateAll(postings, documentCount);
        return new SearchIndex(terms, postings, lengths, dateKeys, facets);
    }

    /// <summary>
    /// Decoding every posting list is a large part of a restart (~60M postings at 1M paragraphs), and the lists are
    /// independent: they are checked on all cores once the file is read (and its checksum matched).
    /// </summary>
    private static void ValidateAll(TermPostings[] postings, int documentCount)
    {
        try
        {
            Parallel.For(0, postings.Length, t => Validate(postings[t], documentCount));
        }
        catch (AggregateException exception)
        {
            // Report one of our own findings if there is one; otherwise a decoding fault (out of range) stays what
            // it is, for Read's handler to turn into "truncated or corrupt".
            var first = exception.InnerExceptions.OfType<PolicySearchException>().FirstOrDefault() ?? exception.InnerExceptions[0];
            ExceptionDispatchInfo.Throw(first);
        }
    }

    private TermPostings ReadPostings()
    {
        var documentFrequency = ReadCount(2);
        var data = ReadBytes(ReadCount(1));
        var frequenciesOffset = _reader.ReadInt32();
        var positionsOffset = _reader.ReadInt32();
        int[]? skips = _reader.ReadBoolean() ? ReadInts(ReadCount(sizeof(int))) : null;
        var largeCount = ReadCount(sizeof(int) * 2);
        Dictionary<int, int>? large = largeCount == 0 ? null : new(largeCount);
        for (var i = 0; i < largeCount; i++)
        {
            large![_reader.ReadInt32()] = _reader.ReadInt32();
        }

        if (documentFrequency == 0 || frequenciesOffset < 0 || positionsOffset != frequenciesOffset + documentFrequency
            || positionsOffset > data.Length)
        {
            throw Invalid("a posting list has inconsistent offsets");
        }

        return new TermPostings(documentFrequency, data, frequenciesOffset, positionsOffset, skips, large);
    }

    /// <summary>
    /// Decodes the documents once: they must ascend within range, end where the frequencies start and agree with
    /// the skip table. Block by block, with the frequencies checked as one vectorised span (no 0, and every 255 in
    /// the side table): checking each posting's frequency and block position inside the decoding loop had nearly
    /// doubled its cost (at 1M paragraphs, perf samples of a restart: ~800 → ~430 in this method).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per term at startup: no time to tier up
    private static void Validate(TermPostings postings, int documentCount)
    {
        var blocks = postings.BlockCount;
        if ((postings.Skips is null) != (blocks == 1) || (postings.Skips is { } skips && skips.Length != blocks * TermPostings.SkipEntryLength))
        {
            throw Invalid("a skip table has the wrong size");
        }

        var data = postings.Data;
        var documentsEnd = postings.FrequenciesOffset;
        var offset = 0;
        var previous = -1;
        for (var block = 0; block < blocks; block++)
        {
            if (postings.DocumentOffsetOfBlock(block) != offset)
            {
                throw Invalid("a skip table points to the wrong place");
            }

            var blockEnd = Math.Min((block + 1) * TermPostings.BlockSize, postings.DocumentFrequency);
            var document = Math.Max(previous, 0);
            for (var i = block * TermPostings.BlockSize; i < blockEnd; i++)
            {
                if (offset >= documentsEnd)
                {
                    throw Invalid("a posting list is out of order or out of range");
                }

                document += VarInt.Read(data, ref offset);
                if (document <= previous)
                {
                    throw Invalid("a posting list is out of order or out of range");
                }

                previous = document;
            }

            if (offset > documentsEnd || (uint)document >= (uint)documentCount)
            {
                throw Invalid("a posting list is out of order or out of range");
            }

            if (blocks > 1 && postings.LastDocumentOfBlock(block) != document)
            {
                throw Invalid("a term frequency or skip entry is inconsistent");
            }
        }

        var frequencies = data.AsSpan(postings.FrequenciesOffset, postings.DocumentFrequency);
        if (frequencies.Contains((byte)0))
        {
            throw Invalid("a term frequency or skip entry is inconsistent");
        }

        for (var i = frequencies.IndexOf(TermPostings.FrequencyOverflow); i >= 0; i = NextIndexOf(frequencies, i + 1, TermPostings.FrequencyOverflow))
        {
            if (postings.LargeFrequencies?.ContainsKey(i) != true)
            {
                throw Invalid("a term frequency or skip entry is inconsistent");
            }
        }

        for (var block = 0; block < blocks; block++)
        {
            if (postings.PositionOffsetOfBlock(block) < postings.PositionsOffset || postings.PositionOffsetOfBlock(block) > postings.Data.Length)
            {
                throw Invalid("a position index is out of range");
            }
        }

        if (offset != postings.FrequenciesOffset)
        {
            throw Invalid("a posting list has trailing bytes");
        }
    }

    private FacetColumn ReadFacet(int documentCount)
    {
        var name = _reader.ReadString();
        var values = new string[ReadCount(1)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _reader.ReadString();
        }

        var ordinals = ReadInts(ReadCount(sizeof(int)));
        int[]? starts = _reader.ReadBoolean() ? ReadInts(ReadCount(sizeof(int))) : null;
        var consistent = ordinals.All(ordinal => ordinal == FacetColumn.NoValue || (uint)ordinal < (uint)values.Length)
            && (starts is null
                ? ordinals.Length == documentCount
                : starts.Length == documentCount + 1 && starts[0] == 0 && starts[^1] == ordinals.Length
                  && !starts.Where((start, i) => i > 0 && start < starts[i - 1]).Any());
        if (!consistent)
        {
            throw Invalid($"the facet '{name}' is inconsistent");
        }

        return new FacetColumn(name, values, ordinals, starts);
    }

    /// <summary>The next index of <paramref name="value"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int NextIndexOf(ReadOnlySpan<byte> span, int from, byte value)
    {
        var next = span[from..].IndexOf(value);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>A non-negative count whose elements (at least <paramref name="bytesEach"/> bytes each) fit in the rest of the file.</summary>
    private int ReadCount(int bytesEach)
    {
        var count = _reader.ReadInt32();
        var limit = (_input.Remaining ?? int.MaxValue) / bytesEach;
        if (count < 0 || count > limit)
        {
            throw Invalid($"a length ({count}) does not fit in the file");
        }

        return count;
    }

    private int[] ReadInts(int count)
    {
        var byteCount = checked(count * sizeof(int));
        if (_input.Remaining is null && byteCount > UnverifiedChunk)
        {
            return MemoryMarshal.Cast<byte, int>(ReadBytes(byteCount)).ToArray();
        }

        // The count was checked against the bytes left: read straight into the ints (the snapshot is little-endian, as is every .NET target here).
        var values = new int[count];
        _input.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>
    /// Reads <paramref name="count"/> bytes. When the stream cannot tell its length, a corrupt count must not
    /// allocate gigabytes up front, so the buffer then grows only as bytes actually arrive.
    /// </summary>
    private byte[] ReadBytes(int count)
    {
        if (_input.Remaining is not null || count <= UnverifiedChunk)
        {
            var values = new byte[count];
            _input.ReadExactly(values);
            return values;
        }

        var buffer = new byte[UnverifiedChunk];
        var filled = 0;
        while (filled < count)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, count));
            }

            _input.ReadExactly(buffer.AsSpan(filled, Math.Min(buffer.Length, count) - filled));
            filled = Math.Min(buffer.Length, count);
        }

        return buffer;
    }
}
