using PolicySearch.Core.Querying;

namespace PolicySearch.Core.Search;

/// <summary>
/// The facet selections of one request, resolved to ordinals: per dimension, which values are selected
/// (values of one dimension OR-ed, dimensions AND-ed, matched case-insensitively). Drill sideways needs more
/// than "does the document pass": <see cref="MissedDimension(int)"/> tells which single dimension a document fails,
/// so that dimension can still count it.
/// </summary>
internal sealed class FacetFilters
{
    public const int PassesAll = -1;
    public const int MissesSeveral = -2;

    private readonly FacetTable _table;
    private readonly bool[]?[] _selected;
    private readonly int[] _active;

    // Per facet-table key, the single-valued dimensions whose filter the key's values fail (bit d = dimension d):
    // decided once per query, so a hit's check is one lookup plus, for the multi-valued dimension, its own values.
    private readonly int[]? _failedByKey;
    private readonly bool[]? _multiSelected;

    private FacetFilters(FacetTable table, bool[]?[] selected, IReadOnlyList<string>[] requested)
    {
        _table = table;
        _selected = selected;
        Requested = requested;
        _active = [.. Enumerable.Range(0, selected.Length).Where(d => selected[d] is not null)];
        _multiSelected = table.MultiDimension >= 0 ? selected[table.MultiDimension] : null;
        var single = _active.Where(d => d != table.MultiDimension).ToArray();
        if (single.Length > 0)
        {
            _failedByKey = new int[table.KeyCount];
            for (var key = 0; key < _failedByKey.Length; key++)
            {
                foreach (var d in single)
                {
                    var value = table.ValueOfKey[d][key];
                    if (value == FacetColumn.NoValue || !selected[d]![value])
                    {
                        _failedByKey[key] |= 1 << d;
                    }
                }
            }
        }
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

        return (new FacetFilters(index.FacetTable, selected, requested), remaining);
    }

    /// <summary><see cref="PassesAll"/>, the one dimension the document fails, or <see cref="MissesSeveral"/>.</summary>
    public int MissedDimension(int document) => MissedDimension(document, _table.Entry(document));

    /// <summary><see cref="MissedDimension(int)"/> for a document whose facet-table entry the caller has read.</summary>
    public int MissedDimension(int document, long entry)
    {
        var failed = _failedByKey?[FacetTable.Key(entry)] ?? 0;
        if (_multiSelected is not null && !AnySelected(_table.MultiValues(document, entry), _multiSelected))
        {
            failed |= 1 << _table.MultiDimension;
        }

        return failed == 0 ? PassesAll
            : (failed & (failed - 1)) != 0 ? MissesSeveral
            : System.Numerics.BitOperations.TrailingZeroCount(failed);
    }

    private static bool AnySelected(ReadOnlySpan<int> values, bool[] selected)
    {
        foreach (var value in values)
        {
            if (selected[value])
            {
                return true;
            }
        }

        return false;
    }
}
