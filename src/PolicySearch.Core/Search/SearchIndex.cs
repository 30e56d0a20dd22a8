using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace PolicySearch.Core.Search;

/// <summary>
/// The Lucene index opened read-only behind one shared <see cref="IndexSearcher"/> (thread-safe, so one instance
/// serves concurrent queries), plus what the query's own collector reads per hit: the four facet dimensions as
/// per-document ordinal arrays (<see cref="FacetColumn"/>, in <see cref="FacetNames.All"/> order), read once from the
/// facet doc values when the index opens. Counting from them in the collector measured about 20x faster at 1M
/// paragraphs than <c>SortedSetDocValuesFacetCounts</c> (../shared/research/lucenenet.md), and the
/// <c>DrillSideways</c> equivalence tests prove the counts equal.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;

    private SearchIndex(Lucene.Net.Store.Directory directory, DirectoryReader reader)
    {
        _directory = directory;
        Reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = IndexFields.CreateSimilarity() };
        BuildId = reader.IndexCommit.UserData.TryGetValue(IndexFields.BuildId, out var buildId) ? buildId : null;
        FacetState = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.Facets);
        Facets = FacetColumn.ReadAll(FacetState, IndexFields.CreateFacetsConfig(), reader.MaxDoc);
        FacetTable = FacetTable.Build(Facets, reader.MaxDoc);
        TermCount = MultiFields.GetTerms(reader, IndexFields.Text)?.Count ?? 0;
        Dates = DateColumn.Read(reader);
        FacetWords = [.. Facets.Select(FacetWordIndex.Build)];
    }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>The build id the index was committed with, or null for an index this product did not write.</summary>
    public string? BuildId { get; }

    public int DocumentCount => Reader.MaxDoc;

    /// <summary>Distinct terms of the text field (−1 when Lucene cannot tell without a scan).</summary>
    public long TermCount { get; }

    /// <summary>Lucene.Net.Facet's view of the facet doc values: dimensions and their ordinal ranges.</summary>
    public SortedSetDocValuesReaderState FacetState { get; }

    internal FacetColumn[] Facets { get; }

    /// <summary>What the collector reads per hit: every dimension's values of a document in one entry.</summary>
    internal FacetTable FacetTable { get; }

    /// <summary>
    /// Opens the Lucene index in <paramref name="folder"/>. <c>NIOFSDirectory</c>, because Lucene.Net 4.8's
    /// <c>MMapDirectory</c> reads a byte at a time and slows down with two threads (research notes, pitfall 2).
    /// </summary>
    /// <exception cref="PolicySearchException">Code <c>index.unavailable</c>: there is no readable Lucene index there.</exception>
    public static SearchIndex Open(string folder) => Open(new NIOFSDirectory(folder), folder);

    /// <summary>Opens the index in <paramref name="directory"/> (a <c>RAMDirectory</c> in tests), which it then owns.</summary>
    public static SearchIndex Open(Lucene.Net.Store.Directory directory, string name = "memory")
    {
        try
        {
            return new SearchIndex(directory, DirectoryReader.Open(directory));
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException or ArgumentException)
        {
            directory.Dispose();
            throw new PolicySearchException("index.unavailable", $"The Lucene index in '{name}' cannot be read ({e.Message}); rebuild the index.", e);
        }
    }

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

        throw new ArgumentOutOfRangeException(nameof(name), name, "Not a facet.");
    }

    /// <summary>How many terms of the text field start with <paramref name="prefix"/>.</summary>
    internal int CountPrefixTerms(string prefix)
    {
        var terms = MultiFields.GetTerms(Reader, IndexFields.Text);
        if (terms is null)
        {
            return 0;
        }

        var prefixBytes = new BytesRef(prefix);
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
        {
            return 0;
        }

        var count = 0;
        do
        {
            if (!StringHelper.StartsWith(enumerator.Term, prefixBytes))
            {
                break;
            }

            count++;
        }
        while (enumerator.MoveNext());

        return count;
    }

    /// <summary>
    /// Lucene's weight of <paramref name="query"/> over this index, remembered: making one looks every term up in
    /// every segment (about 6 µs a term in Lucene.Net 4.8 even in a tiny index) and computes its statistics, the
    /// same for every request that asks the same thing, since an opened index never changes. Queries compare by
    /// value. Bounded: once <see cref="WeightCacheCapacity"/> weights are held the cache starts over.
    /// </summary>
    internal Weight Weight(Query query)
    {
        if (_weights.TryGetValue(query, out var weight))
        {
            return weight;
        }

        weight = Searcher.CreateNormalizedWeight(query);
        if (_weights.Count >= WeightCacheCapacity)
        {
            _weights.Clear();
        }

        _weights[query] = weight;
        return weight;
    }

    private const int WeightCacheCapacity = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Query, Weight> _weights = new();

    /// <summary>Heap held by the facet columns (Lucene's own structures are not counted).</summary>
    public long EstimateMemoryBytes() => Facets.Sum(column => column.EstimateMemoryBytes()) + FacetTable.EstimateMemoryBytes() + Dates.EstimateMemoryBytes();

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
