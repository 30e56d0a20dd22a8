using System.Runtime.InteropServices;
using System.Text;

namespace PolicySearch.Core.Search.Snapshot;

/// <summary>Writes a <see cref="SearchIndex"/> in the <see cref="SnapshotFormat"/> layout.</summary>
internal static class SnapshotWriter
{
    public static void Write(SearchIndex index, Stream output, string buildId)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(buildId);
        using var hashing = new HashingStream(output);
        using (var writer = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(SnapshotFormat.Magic);
            writer.Write(SnapshotFormat.Version);
            writer.Write(buildId);
            writer.Write(index.DocumentCount);
            writer.Write(index.TermCount);
            WriteInts(writer, index.DocumentLengths, withLength: false);
            WriteInts(writer, index.DateKeys, withLength: false);
            for (var t = 0; t < index.TermCount; t++)
            {
                writer.Write(index.Terms[t]);
                WritePostings(writer, index.Postings[t]);
            }

            writer.Write(index.Facets.Length);
            foreach (var facet in index.Facets)
            {
                WriteFacet(writer, facet);
            }

            writer.Flush();
        }

        output.Write(hashing.CurrentHash());
    }

    private static void WritePostings(BinaryWriter writer, TermPostings postings)
    {
        writer.Write(postings.DocumentFrequency);
        writer.Write(postings.Data.Length);
        writer.Write(postings.Data);
        writer.Write(postings.FrequenciesOffset);
        writer.Write(postings.PositionsOffset);
        writer.Write(postings.Skips is not null);
        if (postings.Skips is { } skips)
        {
            WriteInts(writer, skips, withLength: true);
        }

        var large = postings.LargeFrequencies ?? [];
        writer.Write(large.Count);
        foreach (var (index, frequency) in large.OrderBy(entry => entry.Key))
        {
            writer.Write(index);
            writer.Write(frequency);
        }
    }

    private static void WriteFacet(BinaryWriter writer, FacetColumn facet)
    {
        writer.Write(facet.Name);
        writer.Write(facet.Values.Length);
        foreach (var value in facet.Values)
        {
            writer.Write(value);
        }

        WriteInts(writer, facet.Ordinals, withLength: true);
        writer.Write(facet.Starts is not null);
        if (facet.Starts is { } starts)
        {
            WriteInts(writer, starts, withLength: true);
        }
    }

    private static void WriteInts(BinaryWriter writer, int[] values, bool withLength)
    {
        if (withLength)
        {
            writer.Write(values.Length);
        }

        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }
}
