using PolicySearch.Core.Querying.Scoring;
using PolicySearch.Core.Search.Snapshot;

namespace PolicySearch.Core.Search;

/// <summary>
/// The in-memory search structures, read-only once built (so one instance serves concurrent queries):
/// <list type="bullet">
/// <item>a sorted term dictionary (<see cref="Terms"/>, ordinal order) — a prefix is a contiguous range found by
/// binary search — with one <see cref="TermPostings"/> per term;</item>
/// <item>per document: its length in tokens (for BM25), its date sort key and its four facet ordinals
/// (<see cref="FacetColumn"/>, in <see cref="FacetNames.All"/> order).</item>
/// </list>
/// Paragraph text is not here: hits are fetched from an <see cref="IDocumentSource"/>.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>Date sort key of a document whose article has no date.</summary>
    public const int NoDate = -1;

    internal SearchIndex(string[] terms, TermPostings[] postings, int[] documentLengths, int[] dateKeys, FacetColumn[] facets)
    {
        Terms = terms;
        Postings = postings;
        DocumentLengths = documentLengths;
        DateKeys = dateKeys;
        Facets = facets;
        TotalLength = documentLengths.Sum(length => (long)length);
        Scoring = new Bm25(documentLengths.Length, TotalLength);
        DocumentTable = new DocumentTable(documentLengths, facets, Scoring);
    }

    public int DocumentCount => DocumentLengths.Length;

    public int TermCount => Terms.Length;

    internal string[] Terms { get; }

    internal TermPostings[] Postings { get; }

    internal int[] DocumentLengths { get; }

    /// <summary>yyyymmdd with missing month/day as 00, or <see cref="NoDate"/>.</summary>
    internal int[] DateKeys { get; }

    internal FacetColumn[] Facets { get; }

    internal long TotalLength { get; }

    internal Bm25 Scoring { get; }

    /// <summary>Per document, what scoring and facet counting read for every hit, in one entry.</summary>
    internal DocumentTable DocumentTable { get; }

    internal FacetColumn Facet(string name) => Facets[FacetIndex(name)];

    internal static int FacetIndex(string name)
    {
        for (var i = 0; i < FacetNames.All.Count; i++)
        {
            if (string.Equals(FacetNames.All[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The postings of <paramref name="term"/>, or null when no paragraph contains it.</summary>
    internal TermPostings? FindPostings(string term)
    {
        var index = Array.BinarySearch(Terms, term, StringComparer.Ordinal);
        return index >= 0 ? Postings[index] : null;
    }

    /// <summary>The dictionary range [start, end) of the terms starting with <paramref name="prefix"/>.</summary>
    internal (int Start, int End) PrefixRange(string prefix)
    {
        var start = LowerBound(prefix);
        var end = start;
        while (end < Terms.Length && Terms[end].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return (start, end);
    }

    private int LowerBound(string value)
    {
        int low = 0, high = Terms.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(Terms[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Bytes held by the index's arrays and strings (object headers approximated).</summary>
    public long EstimateMemoryBytes() =>
        Terms.Sum(term => 24L + (2L * term.Length) + 8)
        + Postings.Sum(postings => postings.EstimateMemoryBytes())
        + ((long)DocumentLengths.Length * sizeof(int))
        + ((long)DateKeys.Length * sizeof(int))
        + Facets.Sum(facet => facet.EstimateMemoryBytes())
        + DocumentTable.EstimateMemoryBytes();

    /// <summary>Writes a binary, versioned, checksummed snapshot that <see cref="ReadSnapshot"/> restores exactly.</summary>
    public void WriteSnapshot(Stream output, string buildId) => SnapshotWriter.Write(this, output, buildId);

    /// <summary>
    /// Restores a snapshot written by <see cref="WriteSnapshot"/>.
    /// </summary>
    /// <exception cref="PolicySearchException">Code <c>index.snapshot-invalid</c> when the magic, version, build id,
    /// counts or checksum do not match, or the stream is truncated or corrupt.</exception>
    public static SearchIndex ReadSnapshot(Stream input, string expectedBuildId) => SnapshotReader.Read(input, expectedBuildId);
}
