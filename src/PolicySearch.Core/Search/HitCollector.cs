using System.Runtime.CompilerServices;
using PolicySearch.Core.Querying.Execution;

namespace PolicySearch.Core.Search;

/// <summary>
/// One pass over the query's matches does everything: a document passing every facet filter is a hit
/// (counted in the exact total, scored, offered to the top-k heap, counted in every dimension); a document
/// failing exactly one filtered dimension is counted in that dimension only (drill sideways); the rest are
/// skipped without scoring. Hits are counted through the <see cref="DocumentTable"/> (one key for the
/// single-valued dimensions) when it covers every dimension, and folded into <see cref="Counts"/> at the end.
/// A caller that shows no facets (the export) can skip the counting; the filters apply all the same.
/// The shapes of query researchers type most have loops of their own (HitCollector.Bulk.cs); any other
/// query goes through its iterators document by document.
/// </summary>
internal sealed partial class HitCollector
{
    private readonly SearchIndex _index;
    private readonly DocumentTable _table;
    private readonly FacetFilters _filters;
    private readonly TopHits _top;
    private readonly KeyFilter? _keyFilter;
    private readonly bool _countFacets;

    // Counts by key (the single-valued dimensions) and of the multi-valued dimension, filled during collection.
    private readonly int[] _keyCounts;
    private readonly int[] _listCounts;

    // Per single-valued dimension, key counts of the documents that missed only that dimension's filter.
    private readonly int[]?[] _missedKeyCounts;

    public HitCollector(SearchIndex index, FacetFilters filters, TopHits top, bool countFacets = true)
    {
        _index = index;
        _table = index.DocumentTable;
        _filters = filters;
        _top = top;
        _countFacets = countFacets;
        Counts = [.. index.Facets.Select(facet => new int[facet.Values.Length])];
        _keyCounts = _table.CountsByKey ? new int[_table.KeyCount] : [];
        _listCounts = _table.ListDimension >= 0 ? Counts[_table.ListDimension] : [];
        _missedKeyCounts = new int[]?[Counts.Length];
        _keyFilter = filters.IsActive && _table.CountsByKey ? new KeyFilter(filters, _table, Counts.Length) : null;
        Accept = _keyFilter is not null ? _keyFilter.CountsSomewhere : filters.IsActive ? filters.CountsSomewhere : null;
    }

    public int Total { get; private set; }

    /// <summary>Per dimension (in <see cref="FacetNames.All"/> order), counts per value ordinal.</summary>
    public int[][] Counts { get; }

    /// <summary>Whether a document can count anywhere under the filters (null without filters): phrases test it before reading positions.</summary>
    public Func<int, bool>? Accept { get; }

    public void Collect(DocIterator matches)
    {
        if (!_table.CountsByKey)
        {
            Total = CollectByDimension(matches);
            return;
        }

        Total = matches switch
        {
            TermIterator { Doc: -1 } term => CollectTerm(term),
            _ when TermDisjunctionScan.For(matches, _index.Scoring, _table, _keyFilter) is { } scan => CollectWindows(scan),
            _ when ScoringTerms(matches) is { } terms => CollectTermScored(matches, terms),
            PhraseIterator { Doc: -1 } phrase => CollectBuffered(phrase, new PhraseFrequency(phrase), [phrase.Idf]),
            _ => CollectMatches(matches),
        };

        _table.Fold(_keyCounts, Counts);
        for (var d = 0; d < _missedKeyCounts.Length; d++)
        {
            if (_missedKeyCounts[d] is { } missedKeys)
            {
                _table.FoldDimension(missedKeys, d, Counts[d]);
            }
        }
    }

    /// <summary>Document by document through the iterators: the shapes without a loop of their own.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // each loop compiled on its own, so the JIT's inlining budget goes to the per-hit calls
    private int CollectMatches(DocIterator matches)
    {
        var total = 0;
        for (var doc = matches.NextDoc(); doc != DocIterator.NoMoreDocs; doc = matches.NextDoc())
        {
            if (_keyFilter is null || Passes(doc))
            {
                total++;
                Hit(doc, matches.Score());
            }
        }

        return total;
    }

    /// <summary>A hit: offered to the top k, counted in every dimension.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Hit(int document, double score)
    {
        _top.Offer(document, score);
        if (_countFacets)
        {
            _table.Count(document, _keyCounts, _listCounts);
        }
    }

    /// <summary>
    /// Whether a match passes every filter; one that fails exactly one dimension is counted there (drill
    /// sideways), from the entry the filter already read, where the dimension's own column would cost another
    /// cache miss.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Passes(int document)
    {
        var missed = _keyFilter!.MissedDimension(document);
        if (missed == FacetFilters.PassesAll)
        {
            return true;
        }

        if (!_countFacets)
        {
            return false;
        }

        if (missed == _table.ListDimension)
        {
            _table.CountList(document, Counts[missed]);
        }
        else if (missed != FacetFilters.MissesSeveral)
        {
            (_missedKeyCounts[missed] ??= new int[_table.KeyCount])[_table.Key(document)]++;
        }

        return false;
    }

    /// <summary>Every dimension counted from its own column, for corpora with too many value combinations for one key.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CollectByDimension(DocIterator matches)
    {
        var facets = _index.Facets;
        var total = 0;
        for (var doc = matches.NextDoc(); doc != DocIterator.NoMoreDocs; doc = matches.NextDoc())
        {
            var missed = _filters.IsActive ? _filters.MissedDimension(doc) : FacetFilters.PassesAll;
            if (missed == FacetFilters.PassesAll)
            {
                total++;
                _top.Offer(doc, matches.Score());
                for (var d = 0; d < facets.Length && _countFacets; d++)
                {
                    facets[d].Count(doc, Counts[d]);
                }
            }
            else if (missed != FacetFilters.MissesSeveral && _countFacets)
            {
                facets[missed].Count(doc, Counts[missed]);
            }
        }

        return total;
    }
}
