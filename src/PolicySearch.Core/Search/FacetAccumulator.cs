namespace PolicySearch.Core.Search;

/// <summary>Collects one facet dimension's values per document, then freezes them into a <see cref="FacetColumn"/> with sorted value ordinals.</summary>
internal sealed class FacetAccumulator(string name)
{
    public string Name { get; } = name;

    public int DocumentCount => _starts.Count - 1;

    private readonly Dictionary<string, int> _idsByValue = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly List<int> _starts = [0];
    private readonly List<int> _documentValueIds = [];
    private bool _multiValued;

    public void Add(IReadOnlyList<string> values)
    {
        var before = _documentValueIds.Count;
        // An index loop: foreach through the interface boxed an enumerator for every document of every dimension.
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var id = ValueId(value);
            // Values per paragraph are few (one, or a handful of speakers): a linear duplicate check is cheapest.
            if (_documentValueIds.IndexOf(id, before) < 0)
            {
                _documentValueIds.Add(id);
            }
        }

        // Speakers are multi-valued by nature: keep them in CSR form even if no paragraph happens to have two.
        _multiValued |= _documentValueIds.Count - before > 1 || Name == FacetNames.Speaker;
        _starts.Add(_documentValueIds.Count);
    }

    private int ValueId(string value)
    {
        if (!_idsByValue.TryGetValue(value, out var id))
        {
            id = _values.Count;
            _idsByValue[value] = id;
            _values.Add(value);
        }

        return id;
    }

    public FacetColumn Freeze()
    {
        var sorted = _values.Order(StringComparer.Ordinal).ToArray();
        var ordinalOfId = new int[_values.Count];
        for (var ordinal = 0; ordinal < sorted.Length; ordinal++)
        {
            ordinalOfId[_idsByValue[sorted[ordinal]]] = ordinal;
        }

        if (_multiValued)
        {
            return new FacetColumn(Name, sorted, [.. _documentValueIds.Select(id => ordinalOfId[id])], [.. _starts]);
        }

        var documents = _starts.Count - 1;
        var ordinals = new int[documents];
        for (var document = 0; document < documents; document++)
        {
            ordinals[document] = _starts[document] == _starts[document + 1] ? FacetColumn.NoValue : ordinalOfId[_documentValueIds[_starts[document]]];
        }

        return new FacetColumn(Name, sorted, ordinals, null);
    }
}
