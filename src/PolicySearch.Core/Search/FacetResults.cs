using System.Buffers;

namespace PolicySearch.Core.Search;

/// <summary>
/// Turns counts into the response's facet lists: the <see cref="MaxValuesPerDimension"/> values with the highest
/// counts, plus every selected value even at zero (a selected value the index does not know is listed as given),
/// ordered by count, then value. The cap matters for speakers only (thousands of values at a million paragraphs,
/// of which a page shows a few): counting them all is cheap, building and sending a list of them per query is not.
/// </summary>
internal static class FacetResults
{
    public const int MaxValuesPerDimension = 100;

    public static Dictionary<string, IReadOnlyList<FacetValue>> Build(SearchIndex index, FacetFilters filters, int[][] counts)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var d = 0; d < index.Facets.Length; d++)
        {
            result[index.Facets[d].Name] = Dimension(index.Facets[d], d, filters, counts[d]);
        }

        return result;
    }

    private static List<FacetValue> Dimension(FacetColumn column, int dimension, FacetFilters filters, int[] counts)
    {
        // Values are stored in ordinal string order, so "count desc, then value" is "count desc, then ordinal":
        // one sort of packed integers instead of string comparisons.
        var keys = ArrayPool<long>.Shared.Rent(column.Values.Length);
        var listed = 0;
        for (var ordinal = 0; ordinal < column.Values.Length; ordinal++)
        {
            if (counts[ordinal] > 0 || filters.IsSelected(dimension, ordinal))
            {
                keys[listed++] = ((long)(int.MaxValue - counts[ordinal]) << 32) | (uint)ordinal;
            }
        }

        var sorted = keys.AsSpan(0, listed);
        sorted.Sort();
        var values = new List<FacetValue>(Math.Min(listed, MaxValuesPerDimension));
        for (var i = 0; i < sorted.Length; i++)
        {
            var ordinal = (int)(sorted[i] & uint.MaxValue);
            var selected = filters.IsSelected(dimension, ordinal);
            if (i < MaxValuesPerDimension || selected)
            {
                values.Add(new FacetValue(column.Values[ordinal], counts[ordinal], selected));
            }
        }

        ArrayPool<long>.Shared.Return(keys);

        var unknown = filters.Requested[dimension].Where(requested => !column.Find(requested).Any()).ToList();
        if (unknown.Count > 0)
        {
            values.AddRange(unknown.Select(requested => new FacetValue(requested, 0, true)));
            values.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        }

        return values;
    }
}
