using PolicySearch.Core.Querying;

namespace PolicySearch.Core.Search;

/// <summary>
/// The facet selections of one request, resolved to ordinals: per dimension, which values are selected
/// (values of one dimension OR-ed, dimensions AND-ed, matched case-insensitively). Drill sideways needs more
/// than "does the document pass": <see cref="MissedDimension"/> tells which single dimension a document fails,
/// so that dimension can still count it.
/// </summary>
internal sealed class FacetFilters
{
    public const int PassesAll = -1;
    public const int MissesSeveral = -2;

    private readonly FacetColumn[] _columns;
    private readonly bool[]?[] _selected;
    private readonly int[] _active;

    private FacetFilters(FacetColumn[] columns, bool[]?[] selected, IReadOnlyList<string>[] requested)
    {
        _columns = columns;
        _selected = selected;
        Requested = requested;
        _active = [.. Enumerable.Range(0, selected.Length).Where(d => selected[d] is not null)];
    }

    /// <summary>Per dimension (in <see cref="FacetNames.All"/> order), the values the caller selected, as given.</summary>
    public IReadOnlyList<string>[] Requested { get; }

    public bool IsActive => _active.Length > 0;

    public bool IsSelected(int dimension, int ordinal) => _selected[dimension]?[ordinal] == true;

    /// <summary>The selected values of <paramref name="dimension"/> by ordinal, or null when it is not filtered.</summary>
    public bool[]? Selected(int dimension) => _selected[dimension];

    /// <summary>
    /// Resolves the request's filters plus the query's promotable fielded clauses (see <see cref="FilterPromotion"/>),
    /// returning the query that remains to be matched.
    /// </summary>
    public static (FacetFilters Filters, QueryNode Query) Resolve(SearchIndex index, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, QueryNode query)
    {
        var requested = new IReadOnlyList<string>[FacetNames.All.Count];
        for (var d = 0; d < requested.Length; d++)
        {
            requested[d] = filters.Where(f => string.Equals(f.Key, FacetNames.All[d], StringComparison.OrdinalIgnoreCase))
                .SelectMany(f => f.Value).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
        }

        var (remaining, promoted) = FilterPromotion.Promote(query, requested);
        foreach (var field in promoted)
        {
            requested[SearchIndex.FacetIndex(field.Field)] = [field.Value];
        }

        var selected = new bool[]?[requested.Length];
        for (var d = 0; d < requested.Length; d++)
        {
            if (requested[d].Count == 0)
            {
                continue;
            }

            var column = index.Facets[d];
            selected[d] = new bool[column.Values.Length];
            foreach (var ordinal in requested[d].SelectMany(column.Find))
            {
                selected[d]![ordinal] = true;
            }
        }

        return (new FacetFilters(index.Facets, selected, requested), remaining);
    }

    /// <summary><see cref="PassesAll"/>, the one dimension the document fails, or <see cref="MissesSeveral"/>.</summary>
    public int MissedDimension(int document)
    {
        var missed = PassesAll;
        foreach (var d in _active)
        {
            if (!_columns[d].Matches(document, _selected[d]!))
            {
                if (missed != PassesAll)
                {
                    return MissesSeveral;
                }

                missed = d;
            }
        }

        return missed;
    }

    /// <summary>True when the document can still count somewhere: it fails at most one dimension.</summary>
    public bool CountsSomewhere(int document) => MissedDimension(document) != MissesSeveral;
}
