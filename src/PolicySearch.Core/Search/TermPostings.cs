namespace PolicySearch.Core.Search;

/// <summary>
/// The postings of one term. Layout, chosen for doc-at-a-time scoring at 1M paragraphs:
/// <list type="bullet">
/// <item><see cref="Documents"/>: ascending ordinals as a plain int array — sequential for scoring and facets,
/// binary/galloping search for AND.</item>
/// <item><see cref="Frequencies"/>: term frequency per posting as a byte; 255 means "look in
/// <see cref="LargeFrequencies"/>" so pathological paragraphs still score exactly.</item>
/// <item><see cref="Positions"/>: per posting, its positions as delta varints, concatenated. They are decoded only
/// when a phrase or proximity needs them: <see cref="PositionBlockStarts"/> holds the byte offset of every
/// <see cref="PositionBlockSize"/>-th posting, so reaching a posting's positions skips at most 63 postings.</item>
/// </list>
/// </summary>
public sealed class TermPostings(int[] documents, byte[] frequencies, Dictionary<int, int>? largeFrequencies, byte[] positions, int[] positionBlockStarts)
{
    public const int PositionBlockSize = 64;
    public const byte FrequencyOverflow = byte.MaxValue;

    public int[] Documents { get; } = documents;

    public byte[] Frequencies { get; } = frequencies;

    public Dictionary<int, int>? LargeFrequencies { get; } = largeFrequencies;

    public byte[] Positions { get; } = positions;

    public int[] PositionBlockStarts { get; } = positionBlockStarts;

    public int DocumentFrequency => Documents.Length;

    /// <summary>The term frequency of the posting at <paramref name="index"/>.</summary>
    public int FrequencyAt(int index)
    {
        var frequency = Frequencies[index];
        return frequency == FrequencyOverflow ? LargeFrequencies![index] : frequency;
    }

    /// <summary>Decodes the positions of the posting at <paramref name="index"/> into <paramref name="buffer"/> (grown if needed); returns their count.</summary>
    public int ReadPositions(int index, ref int[] buffer)
    {
        var blockStart = index / PositionBlockSize * PositionBlockSize;
        var offset = PositionBlockStarts[index / PositionBlockSize];
        for (var posting = blockStart; posting < index; posting++)
        {
            for (var remaining = FrequencyAt(posting); remaining > 0; remaining--)
            {
                VarInt.Skip(Positions, ref offset);
            }
        }

        var count = FrequencyAt(index);
        if (buffer.Length < count)
        {
            buffer = new int[Math.Max(count, buffer.Length * 2)];
        }

        var position = 0;
        for (var i = 0; i < count; i++)
        {
            position += VarInt.Read(Positions, ref offset);
            buffer[i] = position;
        }

        return count;
    }

    public long EstimateMemoryBytes() =>
        (Documents.Length * sizeof(int)) + Frequencies.Length + Positions.Length + (PositionBlockStarts.Length * sizeof(int))
        + ((LargeFrequencies?.Count ?? 0) * 24L) + (4 * 24);
}
