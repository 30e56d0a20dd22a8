using PolicySearch.Core.Indexing;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Search;

/// <summary>
/// Builds a <see cref="SearchIndex"/> from paragraphs added in order (ordinals 0, 1, 2…). Each distinct
/// surface token is analysed once (a cache maps it to its term id); postings grow per term and are frozen,
/// with the dictionary sorted, by <see cref="Build"/>. Not thread-safe; use one builder per build.
/// </summary>
public sealed class SearchIndexBuilder
{
    private readonly Dictionary<string, int> _termIdsBySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _termIdsByTerm = new(StringComparer.Ordinal);
    private readonly List<PostingsAccumulator> _postings = [];
    private readonly List<int> _documentLengths = [];
    private readonly List<int> _dateKeys = [];
    private readonly FacetAccumulator[] _facets = [.. FacetNames.All.Select(name => new FacetAccumulator(name))];

    // Per-document scratch: the term ids of the current document's tokens in order.
    private readonly List<int> _tokenTermIds = [];

    public int Add(ParagraphDocument document, ArticleInfo article)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        var ordinal = _documentLengths.Count;
        IndexText(ordinal, document.Text);
        _dateKeys.Add(DateKey(article.Date));
        foreach (var facet in _facets)
        {
            facet.Add(FacetValues(document, facet.Name));
        }

        return ordinal;
    }

    /// <summary>A paragraph's values for one facet dimension, as they are shown and filtered (the year as text).</summary>
    private static IReadOnlyList<string> FacetValues(ParagraphDocument document, string facet) => facet switch
    {
        FacetNames.Outlet => [document.Outlet],
        FacetNames.Year => document.Year is { } year ? [year.ToString()] : [],
        FacetNames.Speaker => document.Speakers,
        _ => [document.Stance],
    };

    public SearchIndex Build()
    {
        var order = Enumerable.Range(0, _postings.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(_postings[a].Term, _postings[b].Term));
        var terms = order.Select(id => _postings[id].Term).ToArray();
        var postings = order.Select(id => _postings[id].Freeze()).ToArray();
        return new SearchIndex(terms, postings, [.. _documentLengths], [.. _dateKeys], [.. _facets.Select(f => f.Freeze())]);
    }

    /// <summary>yyyymmdd from "YYYY-MM-DD", "YYYY-MM" or "YYYY" (missing parts as 00), else <see cref="SearchIndex.NoDate"/>.</summary>
    internal static int DateKey(string? date)
    {
        if (date is null || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), out var year))
        {
            return SearchIndex.NoDate;
        }

        var month = date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), out var m) ? m : 0;
        var day = date.Length >= 10 && int.TryParse(date.AsSpan(8, 2), out var d) ? d : 0;
        return (year * 10000) + (month * 100) + day;
    }

    private void IndexText(int ordinal, string text)
    {
        _tokenTermIds.Clear();
        var surfaces = _termIdsBySurface.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokenizer = new Tokenizer(text);
        while (tokenizer.MoveNext())
        {
            if (!surfaces.TryGetValue(tokenizer.Current, out var termId))
            {
                termId = TermId(TextAnalyzer.AnalyzeToken(tokenizer.Current));
                surfaces[tokenizer.Current] = termId;
            }

            _tokenTermIds.Add(termId);
        }

        _documentLengths.Add(_tokenTermIds.Count);
        for (var position = 0; position < _tokenTermIds.Count; position++)
        {
            _postings[_tokenTermIds[position]].AddOccurrence(ordinal, position);
        }
    }

    private int TermId(string term)
    {
        if (!_termIdsByTerm.TryGetValue(term, out var id))
        {
            id = _postings.Count;
            _termIdsByTerm[term] = id;
            _postings.Add(new PostingsAccumulator(term));
        }

        return id;
    }
}
