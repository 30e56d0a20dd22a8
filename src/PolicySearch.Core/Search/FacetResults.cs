namespace PolicySearch.Core.Search;

/// <summary>
/// Turns counts into the response's facet lists: every value with a count, plus every selected value even at
/// zero (a selected value the index does not know is listed as given), ordered by count, then value.
/// </summary>
internal static class FacetResults
{
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
        // one sort of packed integers instead of string comparisons (the speaker dimension can hold thousands).
        var keys = new List<long>();
        for (var ordinal = 0; ordinal < column.Values.Length; ordinal++)
        {
            if (counts[ordinal] > 0 || filters.IsSelected(dimension, ordinal))
            {
                keys.Add(((long)(int.MaxValue - counts[ordinal]) << 32) | (uint)ordinal);
            }
        }

        keys.Sort();
        var values = keys.Select(key => (int)(key & uint.MaxValue))
            .Select(ordinal => new FacetValue(column.Values[ordinal], counts[ordinal], filters.IsSelected(dimension, ordinal)))
            .ToList();

        var unknown = filters.Requested[dimension].Where(requested => !column.Find(requested).Any()).ToList();
        if (unknown.Count > 0)
        {
            values.AddRange(unknown.Select(requested => new FacetValue(requested, 0, true)));
            values.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        }

        return values;
    }
}
