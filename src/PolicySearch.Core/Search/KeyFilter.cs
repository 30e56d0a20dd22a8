namespace PolicySearch.Core.Search;

/// <summary>
/// <see cref="FacetFilters.MissedDimension"/> answered through the <see cref="DocumentTable"/>: what the
/// single-valued dimensions decide is computed once per key value (a few thousand), so a document costs one
/// lookup in a small array instead of a read from each filtered column; only a filter on the multi-valued
/// dimension (speakers) still reads the document's list. Drill sideways asks this of every match, including
/// the 600k paragraphs of a common word filtered down to one year.
/// </summary>
internal sealed class KeyFilter
{
    private readonly DocumentTable _table;
    private readonly int[] _missedByKey;
    private readonly bool[]? _listSelected;
    private readonly int _listDimension;

    public KeyFilter(FacetFilters filters, DocumentTable table, int dimensions)
    {
        _table = table;
        _listDimension = table.ListDimension;
        _listSelected = _listDimension >= 0 ? filters.Selected(_listDimension) : null;
        _missedByKey = new int[table.KeyCount];
        for (var key = 0; key < _missedByKey.Length; key++)
        {
            var missed = FacetFilters.PassesAll;
            for (var d = 0; d < dimensions && missed != FacetFilters.MissesSeveral; d++)
            {
                if (d == _listDimension || filters.Selected(d) is not { } selected)
                {
                    continue;
                }

                var ordinal = table.OrdinalInKey(key, d);
                if (ordinal == FacetColumn.NoValue || !selected[ordinal])
                {
                    missed = missed == FacetFilters.PassesAll ? d : FacetFilters.MissesSeveral;
                }
            }

            _missedByKey[key] = missed;
        }
    }

    /// <summary><see cref="FacetFilters.PassesAll"/>, the one dimension the document fails, or <see cref="FacetFilters.MissesSeveral"/>.</summary>
    public int MissedDimension(int document)
    {
        var missed = _missedByKey[_table.Key(document)];
        if (_listSelected is null || missed == FacetFilters.MissesSeveral || _table.ListMatches(document, _listSelected))
        {
            return missed;
        }

        return missed == FacetFilters.PassesAll ? _listDimension : FacetFilters.MissesSeveral;
    }

    /// <summary>True when the document can still count somewhere: it fails at most one dimension.</summary>
    public bool CountsSomewhere(int document) => MissedDimension(document) != FacetFilters.MissesSeveral;
}
