using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicySearch.Core.Querying.Scoring;

namespace PolicySearch.Core.Search;

/// <summary>
/// What the hot loop reads for every hit, interleaved into one 8-byte entry per document: the length in tokens
/// (for BM25), one key that stands for all single-valued facet ordinals at once (outlet × year × stance), and
/// where the document's speakers start. Kept beside the per-dimension arrays (which filters and the snapshot
/// use) because a hit that read its length and four facet ordinals from six separate arrays paid a cache miss
/// in each once a term's hits were sparse (at 1M paragraphs ~150 ns a hit for a term in 2.5% of them), and
/// small entries because a wider one (16 bytes, the BM25 length term as a double) was measured slower for
/// denser terms: fewer entries per cache line for the prefetcher to bring in.
/// Counting one key instead of three ordinals also turns three increments into one; the key counts are folded
/// back into per-dimension counts once per query (<see cref="Fold"/>), which is cheap while the number of
/// possible keys is small (<see cref="MaxKeys"/>). A corpus with more combinations than that counts each
/// dimension on its own (<see cref="CountsByKey"/> is false), as does one with two multi-valued dimensions.
/// </summary>
internal sealed class DocumentTable
{
    /// <summary>Beyond this many key values, clearing and folding the key counts would cost small queries more than it saves.</summary>
    public const int MaxKeys = 1 << 14;

    // A paragraph of 65,535 tokens or more (a whole book on one line) keeps its length in a side table.
    private const ushort LongLength = ushort.MaxValue;

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Entry(int listStart, ushort key, ushort length)
    {
        public readonly int ListStart = listStart;
        public readonly ushort Key = key;
        public readonly ushort Length = length;
    }

    // One entry per document plus one whose ListStart ends the last document's list.
    private readonly Entry[] _entries;
    private readonly Dictionary<int, int> _longLengths = [];
    private readonly int[] _listOrdinals;
    private readonly int[] _keyDimensions;
    private readonly int[] _keyRadices;
    private readonly Bm25 _scoring;

    public DocumentTable(int[] documentLengths, FacetColumn[] facets, Bm25 scoring)
    {
        _scoring = scoring;
        var multiValued = Enumerable.Range(0, facets.Length).Where(d => facets[d].Starts is not null).ToArray();
        _keyDimensions = [.. Enumerable.Range(0, facets.Length).Where(d => facets[d].Starts is null)];
        // Slot 0 of each dimension is "no value", so a value's slot is its ordinal + 1.
        _keyRadices = [.. _keyDimensions.Select(d => facets[d].Values.Length + 1)];
        var keyCount = _keyRadices.Aggregate(1L, (product, radix) => product * radix);
        CountsByKey = multiValued.Length <= 1 && keyCount <= MaxKeys;
        KeyCount = CountsByKey ? (int)keyCount : 1;
        ListDimension = CountsByKey && multiValued.Length == 1 ? multiValued[0] : -1;
        var list = ListDimension >= 0 ? facets[ListDimension] : null;
        _listOrdinals = list?.Ordinals ?? [];

        _entries = new Entry[documentLengths.Length + 1];
        for (var document = 0; document < documentLengths.Length; document++)
        {
            var length = documentLengths[document];
            if (length >= LongLength)
            {
                _longLengths[document] = length;
            }

            var key = CountsByKey ? KeyOf(facets, document) : 0;
            _entries[document] = new Entry(list?.Starts![document] ?? 0, (ushort)key, (ushort)Math.Min(length, LongLength));
        }

        _entries[^1] = new Entry(list?.Starts![^1] ?? 0, 0, 0);
    }

    /// <summary>True when <see cref="Count"/> covers every dimension: each single-valued one through the key, the multi-valued one (if any) through its list.</summary>
    public bool CountsByKey { get; }

    /// <summary>How many key values there are (the size of the array <see cref="Count"/> fills).</summary>
    public int KeyCount { get; }

    /// <summary>The multi-valued dimension counted from the entries' lists, or −1.</summary>
    public int ListDimension { get; }

    /// <summary>The BM25 length term of <paramref name="document"/> (<see cref="Bm25.LengthNorm"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LengthNorm(int document)
    {
        var length = _entries[document].Length;
        return _scoring.LengthNorm(length == LongLength ? _longLengths[document] : length);
    }

    /// <summary>
    /// Whether the hits of a term in <paramref name="documentFrequency"/> documents are sparse enough for
    /// <see cref="Prefetch"/> to pay: the entries of a denser term's hits are close together, the hardware
    /// prefetcher already brings them in, and reading them twice only costs (measured: <c>said</c>, in 60% of
    /// a million paragraphs, 4.6 -> 6.3 ms with prefetching).
    /// </summary>
    public bool WorthPrefetching(int documentFrequency) => documentFrequency < (_entries.Length >> 3);

    /// <summary>
    /// Reads the entries, and the first speaker ordinal, of documents about to be collected, in a loop of
    /// independent loads. For a term in a few percent of a million paragraphs each hit's entry is a cache miss
    /// (~140 ns measured here); taken one by one inside the collection loop they stall it in turn, taken here
    /// they overlap. Returns a value the caller must keep, so that the loads are not optimised away.
    /// </summary>
    public int Prefetch(ReadOnlySpan<int> documents)
    {
        var sink = 0;
        foreach (var document in documents)
        {
            ref readonly var entry = ref _entries[document];
            sink += entry.Key;
            if (entry.ListStart < _listOrdinals.Length)
            {
                sink += _listOrdinals[entry.ListStart];
            }
        }

        return sink;
    }

    /// <summary>Counts one hit: its key, and each value of the multi-valued dimension. Only when <see cref="CountsByKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int document, int[] keyCounts, int[] listCounts)
    {
        ref readonly var entry = ref _entries[document];
        keyCounts[entry.Key]++;
        var end = _entries[document + 1].ListStart;
        for (var i = entry.ListStart; i < end; i++)
        {
            listCounts[_listOrdinals[i]]++;
        }
    }

    /// <summary>Counts the values of the multi-valued dimension only (a document that misses only that dimension's filter).</summary>
    public void CountList(int document, int[] listCounts)
    {
        var end = _entries[document + 1].ListStart;
        for (var i = _entries[document].ListStart; i < end; i++)
        {
            listCounts[_listOrdinals[i]]++;
        }
    }

    /// <summary>The key of <paramref name="document"/>: its single-valued facet ordinals in one number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Key(int document) => _entries[document].Key;

    /// <summary>True when <paramref name="document"/> has one of the <paramref name="selected"/> values of the multi-valued dimension.</summary>
    public bool ListMatches(int document, bool[] selected)
    {
        var end = _entries[document + 1].ListStart;
        for (var i = _entries[document].ListStart; i < end; i++)
        {
            if (selected[_listOrdinals[i]])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value ordinal (or <see cref="FacetColumn.NoValue"/>) of single-valued <paramref name="dimension"/> in <paramref name="key"/>.</summary>
    public int OrdinalInKey(int key, int dimension)
    {
        for (var k = _keyDimensions.Length - 1; k >= 0; k--)
        {
            if (_keyDimensions[k] == dimension)
            {
                return (key % _keyRadices[k]) - 1;
            }

            key /= _keyRadices[k];
        }

        throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a dimension of the key.");
    }

    /// <summary>Adds the key counts to the per-dimension counts of the single-valued dimensions.</summary>
    public void Fold(int[] keyCounts, int[][] counts)
    {
        for (var key = 0; key < keyCounts.Length; key++)
        {
            var count = keyCounts[key];
            if (count == 0)
            {
                continue;
            }

            var rest = key;
            for (var k = _keyDimensions.Length - 1; k >= 0; k--)
            {
                var slot = rest % _keyRadices[k];
                rest /= _keyRadices[k];
                if (slot > 0)
                {
                    counts[_keyDimensions[k]][slot - 1] += count;
                }
            }
        }
    }

    /// <summary>Adds key counts to one single-valued dimension only (documents that missed only that dimension's filter).</summary>
    public void FoldDimension(int[] keyCounts, int dimension, int[] counts)
    {
        for (var key = 0; key < keyCounts.Length; key++)
        {
            if (keyCounts[key] > 0 && OrdinalInKey(key, dimension) is var ordinal and not FacetColumn.NoValue)
            {
                counts[ordinal] += keyCounts[key];
            }
        }
    }

    public long EstimateMemoryBytes() => ((long)_entries.Length * Unsafe.SizeOf<Entry>()) + (_longLengths.Count * 24L);

    private int KeyOf(FacetColumn[] facets, int document)
    {
        var key = 0;
        for (var k = 0; k < _keyDimensions.Length; k++)
        {
            key = (key * _keyRadices[k]) + facets[_keyDimensions[k]].Ordinals[document] + 1;
        }

        return key;
    }
}
