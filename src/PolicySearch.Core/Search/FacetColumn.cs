using System.Text;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Search;

/// <summary>
/// One facet dimension as ordinals (<see cref="FacetTable"/> packs them for the collector). Single-valued
/// dimensions (outlet, year, stance) keep one ordinal per document in <see cref="Ordinals"/> (−1 = no value) and
/// <see cref="Starts"/> is null; the multi-valued speaker dimension is CSR: document d's ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>.
/// Read from Lucene's facet doc values when the index opens (<see cref="ReadAll"/>): a dimension's ordinal is its
/// global doc-values ordinal less the start of the dimension's range, so <see cref="Values"/> is in the doc
/// values' order (UTF-8 byte order).
/// </summary>
internal sealed class FacetColumn(string name, string[] values, int[] ordinals, int[]? starts)
{
    public const int NoValue = -1;

    public string Name { get; } = name;

    public string[] Values { get; } = values;

    public int[] Ordinals { get; } = ordinals;

    public int[]? Starts { get; } = starts;

    /// <summary>
    /// The ordinals whose value equals <paramref name="value"/> ignoring case and diacritics (SPEC: "Raymond Lopez"
    /// selects "Raymond López"), folded as the text analyzer folds letters.
    /// </summary>
    public IEnumerable<int> Find(string value)
    {
        var key = FoldKey(value);
        var keys = _foldedValues ??= [.. Values.Select(FoldKey)];
        for (var ordinal = 0; ordinal < keys.Length; ordinal++)
        {
            if (string.Equals(keys[ordinal], key, StringComparison.Ordinal))
            {
                yield return ordinal;
            }
        }
    }

    private string[]? _foldedValues;

    private static string FoldKey(string value)
    {
        var folded = new StringBuilder(value.Length);
        TextAnalyzer.AppendFolded(folded, value.AsSpan().Trim());
        return folded.ToString();
    }

    /// <summary>Every dimension of <see cref="FacetNames.All"/> as a column over the reader's documents.</summary>
    public static FacetColumn[] ReadAll(SortedSetDocValuesReaderState state, FacetsConfig config, int documentCount)
    {
        var dimensions = FacetNames.All;
        var ranges = dimensions.Select(d => state.GetOrdRange(d)).ToArray();
        var values = new string[dimensions.Count][];
        for (var d = 0; d < dimensions.Count; d++)
        {
            values[d] = ranges[d] is { } range ? ReadValues(state, range) : [];
        }

        var single = new int[dimensions.Count][];
        var multi = new List<int>[dimensions.Count];
        var starts = new int[dimensions.Count][];
        for (var d = 0; d < dimensions.Count; d++)
        {
            if (config.GetDimConfig(dimensions[d]).IsMultiValued)
            {
                multi[d] = [];
                starts[d] = new int[documentCount + 1];
            }
            else
            {
                single[d] = new int[documentCount];
                Array.Fill(single[d], NoValue);
            }
        }

        var docValues = state.GetDocValues();
        for (var document = 0; document < documentCount; document++)
        {
            docValues.SetDocument(document);
            for (var ordinal = docValues.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = docValues.NextOrd())
            {
                for (var d = 0; d < ranges.Length; d++)
                {
                    if (ranges[d] is { } range && ordinal >= range.Start && ordinal <= range.End)
                    {
                        var local = (int)(ordinal - range.Start);
                        if (multi[d] is { } list)
                        {
                            list.Add(local);
                        }
                        else
                        {
                            single[d][document] = local;
                        }

                        break;
                    }
                }
            }

            for (var d = 0; d < dimensions.Count; d++)
            {
                if (multi[d] is { } list)
                {
                    starts[d][document + 1] = list.Count;
                }
            }
        }

        return [.. Enumerable.Range(0, dimensions.Count).Select(d => multi[d] is { } list
            ? new FacetColumn(dimensions[d], values[d], [.. list], starts[d])
            : new FacetColumn(dimensions[d], values[d], single[d], null))];
    }

    private static string[] ReadValues(SortedSetDocValuesReaderState state, SortedSetDocValuesReaderState.OrdRange range)
    {
        var docValues = state.GetDocValues();
        var values = new string[range.End - range.Start + 1];
        var bytes = new BytesRef();
        for (var ordinal = range.Start; ordinal <= range.End; ordinal++)
        {
            docValues.LookupOrd(ordinal, bytes);
            var path = bytes.Utf8ToString();
            values[ordinal - range.Start] = path[(path.IndexOf(FacetDelimiter, StringComparison.Ordinal) + 1)..];
        }

        return values;
    }

    /// <summary>Joins a dimension and its value in the facet doc values; Lucene.Net keeps its constant internal.</summary>
    private const char FacetDelimiter = '\u001f';

    public long EstimateMemoryBytes() =>
        ((long)Ordinals.Length * sizeof(int)) + ((long)(Starts?.Length ?? 0) * sizeof(int)) + Values.Sum(v => 24L + (2L * v.Length));
}
