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
            var column = index.Facets[d];
            var values = new List<FacetValue>();
            for (var ordinal = 0; ordinal < column.Values.Length; ordinal++)
            {
                var selected = filters.IsSelected(d, ordinal);
                if (counts[d][ordinal] > 0 || selected)
                {
                    values.Add(new FacetValue(column.Values[ordinal], counts[d][ordinal], selected));
                }
            }

            foreach (var requested in filters.Requested[d])
            {
                if (!column.Find(requested).Any())
                {
                    values.Add(new FacetValue(requested, 0, true));
                }
            }

            values.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
            result[column.Name] = values;
        }

        return result;
    }
}
