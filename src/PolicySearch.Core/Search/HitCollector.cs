using PolicySearch.Core.Querying.Execution;

namespace PolicySearch.Core.Search;

/// <summary>
/// One pass over the query's matches does everything: a document passing every facet filter is a hit
/// (counted in the exact total, scored, offered to the top-k heap, counted in every dimension); a document
/// failing exactly one filtered dimension is counted in that dimension only (drill sideways); the rest are
/// skipped without scoring. Hits are counted through the <see cref="DocumentTable"/> (one key for the
/// single-valued dimensions) when it covers every dimension, and folded into <see cref="Counts"/> at the end.
/// </summary>
internal sealed class HitCollector
{
    private readonly SearchIndex _index;
    private readonly FacetFilters _filters;
    private readonly TopHits _top;
    private readonly KeyFilter? _keyFilter;

    // Per single-valued dimension, key counts of the documents that missed only that dimension's filter: read
    // from the entry the filter already touched, where the dimension's own column would cost another cache miss.
    private readonly int[]?[] _missedKeyCounts;

    public HitCollector(SearchIndex index, FacetFilters filters, TopHits top)
    {
        _index = index;
        _filters = filters;
        _top = top;
        Counts = [.. index.Facets.Select(facet => new int[facet.Values.Length])];
        _keyFilter = filters.IsActive && index.DocumentTable.CountsByKey ? new KeyFilter(filters, index.DocumentTable, Counts.Length) : null;
        _missedKeyCounts = new int[]?[Counts.Length];
        Accept = _keyFilter is not null ? _keyFilter.CountsSomewhere : filters.IsActive ? filters.CountsSomewhere : null;
    }

    public int Total { get; private set; }

    /// <summary>Per dimension (in <see cref="FacetNames.All"/> order), counts per value ordinal.</summary>
    public int[][] Counts { get; }

    /// <summary>Whether a document can count anywhere under the filters (null without filters): phrases test it before reading positions.</summary>
    public Func<int, bool>? Accept { get; }

    public void Collect(DocIterator matches)
    {
        var table = _index.DocumentTable;
        if (!table.CountsByKey)
        {
            CollectByDimension(matches);
            return;
        }

        var keyCounts = new int[table.KeyCount];
        var listCounts = table.ListDimension >= 0 ? Counts[table.ListDimension] : [];
        if (matches is TermIterator { Doc: -1 } term)
        {
            CollectTerm(term.Postings, term.Idf, table, keyCounts, listCounts);
        }
        else if (_keyFilter is null)
        {
            CollectAll(matches, table, keyCounts, listCounts);
        }
        else
        {
            CollectFiltered(matches, table, keyCounts, listCounts);
        }

        table.Fold(keyCounts, Counts);
        for (var d = 0; d < _missedKeyCounts.Length; d++)
        {
            if (_missedKeyCounts[d] is { } missedKeys)
            {
                table.FoldDimension(missedKeys, d, Counts[d]);
            }
        }
    }

    /// <summary>Counts a document that failed only <paramref name="dimension"/>'s filter, in that dimension alone.</summary>
    private void CountMissed(int document, int dimension, DocumentTable table)
    {
        if (dimension == table.ListDimension)
        {
            table.CountList(document, Counts[dimension]);
        }
        else
        {
            (_missedKeyCounts[dimension] ??= new int[table.KeyCount])[table.Key(document)]++;
        }
    }

    /// <summary>No filter: every match is a hit. The loop the heaviest queries spend their time in.</summary>
    private void CollectAll(DocIterator matches, DocumentTable table, int[] keyCounts, int[] listCounts)
    {
        var total = 0;
        for (var doc = matches.NextDoc(); doc != DocIterator.NoMoreDocs; doc = matches.NextDoc())
        {
            total++;
            _top.Offer(doc, matches.Score());
            table.Count(doc, keyCounts, listCounts);
        }

        Total = total;
    }

    private void CollectFiltered(DocIterator matches, DocumentTable table, int[] keyCounts, int[] listCounts)
    {
        var filter = _keyFilter!;
        var total = 0;
        for (var doc = matches.NextDoc(); doc != DocIterator.NoMoreDocs; doc = matches.NextDoc())
        {
            var missed = filter.MissedDimension(doc);
            if (missed == FacetFilters.PassesAll)
            {
                total++;
                _top.Offer(doc, matches.Score());
                table.Count(doc, keyCounts, listCounts);
            }
            else if (missed != FacetFilters.MissesSeveral)
            {
                CountMissed(doc, missed, table);
            }
        }

        Total = total;
    }

    /// <summary>
    /// A query that is one term (the commonest kind, and the heaviest: a common word matches most paragraphs)
    /// walks the packed postings directly, decoding each document gap and frequency in one loop instead of two
    /// virtual calls per hit; scores are computed exactly as <see cref="TermIterator.Score"/> does.
    /// </summary>
    private void CollectTerm(TermPostings postings, double idf, DocumentTable table, int[] keyCounts, int[] listCounts)
    {
        var scoring = _index.Scoring;
        var data = postings.Data;
        var filter = _keyFilter;
        int offset = 0, doc = 0, total = 0;
        for (var i = 0; i < postings.DocumentFrequency; i++)
        {
            doc += VarInt.Read(data, ref offset);
            if (filter is not null)
            {
                var missed = filter.MissedDimension(doc);
                if (missed != FacetFilters.PassesAll)
                {
                    if (missed != FacetFilters.MissesSeveral)
                    {
                        CountMissed(doc, missed, table);
                    }

                    continue;
                }
            }

            total++;
            _top.Offer(doc, scoring.ScoreWithNorm(idf, postings.FrequencyAt(i), table.LengthNorm(doc)));
            table.Count(doc, keyCounts, listCounts);
        }

        Total = total;
    }

    /// <summary>Every dimension counted from its own column, for corpora with too many value combinations for one key.</summary>
    private void CollectByDimension(DocIterator matches)
    {
        var facets = _index.Facets;
        for (var doc = matches.NextDoc(); doc != DocIterator.NoMoreDocs; doc = matches.NextDoc())
        {
            var missed = _filters.IsActive ? _filters.MissedDimension(doc) : FacetFilters.PassesAll;
            if (missed == FacetFilters.PassesAll)
            {
                Total++;
                _top.Offer(doc, matches.Score());
                for (var d = 0; d < facets.Length; d++)
                {
                    facets[d].Count(doc, Counts[d]);
                }
            }
            else if (missed != FacetFilters.MissesSeveral)
            {
                facets[missed].Count(doc, Counts[missed]);
            }
        }
    }
}
