using System.Runtime.CompilerServices;

namespace PolicySearch.Core.Search;

/// <summary>
/// What the query's collector reads for every hit, packed into one 8-byte entry per document: a key that stands
/// for the document's values of every single-valued dimension at once (outlet × year × stance, numbered over the
/// combinations the index holds), and where the document's values of the multi-valued dimension (speaker) start.
/// Reading four per-dimension arrays cost a cache miss each for a sparse hit; one entry is one miss. Ours, not
/// Lucene's <c>SortedSetDocValuesFacetCounts</c>: at 1M paragraphs, counting this way measured about 20x faster
/// (../shared/research/lucenenet.md), and the <c>DrillSideways</c> equivalence tests prove the counts equal.
/// Keys are counted per hit and folded into per-value counts once per query (<see cref="Fold"/>).
/// </summary>
internal sealed class FacetTable
{
    private readonly long[] _entries;
    private readonly int[] _multiOrdinals;

    private FacetTable(long[] entries, int[] multiOrdinals, int multiDimension, int[][] valueOfKey)
    {
        _entries = entries;
        _multiOrdinals = multiOrdinals;
        MultiDimension = multiDimension;
        ValueOfKey = valueOfKey;
    }

    /// <summary>The multi-valued dimension's index in <see cref="FacetNames.All"/>, or −1 when there is none.</summary>
    public int MultiDimension { get; }

    /// <summary>Per dimension, each key's value ordinal (<see cref="FacetColumn.NoValue"/> when absent); null for the multi-valued one.</summary>
    public int[][] ValueOfKey { get; }

    public int KeyCount => ValueOfKey.First(values => values is not null).Length;

    public static FacetTable Build(FacetColumn[] columns, int documentCount)
    {
        var multi = Array.FindIndex(columns, column => column.Starts is not null);
        if (multi >= 0 && Array.FindLastIndex(columns, column => column.Starts is not null) != multi)
        {
            throw new InvalidOperationException("The facet table packs one multi-valued dimension.");
        }

        var single = Enumerable.Range(0, columns.Length).Where(d => d != multi).ToArray();
        var keys = new Dictionary<long, int>();
        var combinations = new List<long>();
        var entries = new long[documentCount + 1];
        for (var document = 0; document < documentCount; document++)
        {
            long combination = 0;
            foreach (var d in single)
            {
                combination = (combination * (columns[d].Values.Length + 1)) + columns[d].Ordinals[document] + 1;
            }

            if (!keys.TryGetValue(combination, out var key))
            {
                key = keys[combination] = keys.Count;
                combinations.Add(combination);
            }

            var start = multi >= 0 ? columns[multi].Starts![document] : 0;
            entries[document] = ((long)start << 32) | (uint)key;
        }

        entries[documentCount] = (long)(multi >= 0 ? columns[multi].Starts![documentCount] : 0) << 32;
        var valueOfKey = new int[columns.Length][];
        foreach (var d in single)
        {
            valueOfKey[d] = new int[combinations.Count];
        }

        for (var key = 0; key < combinations.Count; key++)
        {
            var combination = combinations[key];
            for (var i = single.Length - 1; i >= 0; i--)
            {
                var radix = columns[single[i]].Values.Length + 1;
                valueOfKey[single[i]][key] = (int)(combination % radix) - 1;
                combination /= radix;
            }
        }

        return new FacetTable(entries, multi >= 0 ? columns[multi].Ordinals : [], multi, valueOfKey);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Entry(int document) => _entries[document];

    public static int Key(long entry) => (int)entry;

    /// <summary>The multi-valued dimension's value ordinals of the document whose entry is <paramref name="entry"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> MultiValues(int document, long entry)
    {
        var start = (int)(entry >>> 32);
        return _multiOrdinals.AsSpan(start, (int)(_entries[document + 1] >>> 32) - start);
    }

    /// <summary>Adds per-key counts into the per-value counts of <paramref name="dimension"/> (a single-valued one).</summary>
    public void Fold(int dimension, int[] keyCounts, int[] valueCounts)
    {
        var values = ValueOfKey[dimension];
        for (var key = 0; key < keyCounts.Length; key++)
        {
            if (keyCounts[key] != 0 && values[key] != FacetColumn.NoValue)
            {
                valueCounts[values[key]] += keyCounts[key];
            }
        }
    }

    public long EstimateMemoryBytes() =>
        ((long)_entries.Length * sizeof(long)) + ValueOfKey.Sum(values => (long)(values?.Length ?? 0) * sizeof(int));
}
