using System.Runtime.CompilerServices;
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

    // Per single-valued dimension, key counts of the documents that missed only that dimension's filter.
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
        else if (TermDisjunctionScan.For(matches, _index.Scoring, table, _keyFilter) is { } scan)
        {
            CollectWindows(scan, table, keyCounts, listCounts);
        }
        else
        {
            CollectMatches(matches, table, keyCounts, listCounts);
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

    [MethodImpl(MethodImplOptions.NoInlining)] // each loop compiled on its own, so the JIT's inlining budget goes to the per-hit calls
    private void CollectMatches(DocIterator matches, DocumentTable table, int[] keyCounts, int[] listCounts)
    {
        var total = 0;
        for (var doc = matches.NextDoc(); doc != DocIterator.NoMoreDocs; doc = matches.NextDoc())
        {
            if (_keyFilter is null || Passes(doc, table))
            {
                total++;
                _top.Offer(doc, matches.Score());
                table.Count(doc, keyCounts, listCounts);
            }
        }

        Total = total;
    }

    /// <summary>
    /// A query that is one term (the commonest kind, and the heaviest: a common word matches most paragraphs)
    /// walks the packed postings directly, decoding each document gap and frequency in one loop instead of two
    /// virtual calls per hit; scores are computed exactly as <see cref="TermIterator.Score"/> does.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // each loop compiled on its own, so the JIT's inlining budget goes to the per-hit calls
    private void CollectTerm(TermPostings postings, double idf, DocumentTable table, int[] keyCounts, int[] listCounts)
    {
        var scoring = _index.Scoring;
        var data = postings.Data;
        int offset = 0, doc = 0, total = 0;
        for (var i = 0; i < postings.DocumentFrequency; i++)
        {
            doc += VarInt.Read(data, ref offset);
            if (_keyFilter is null || Passes(doc, table))
            {
                total++;
                _top.Offer(doc, scoring.ScoreWithNorm(idf, postings.FrequencyAt(i), table.LengthNorm(doc)));
                table.Count(doc, keyCounts, listCounts);
            }
        }

        Total = total;
    }

    /// <summary>An OR of plain terms, collected a window of scored documents at a time.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // each loop compiled on its own, so the JIT's inlining budget goes to the per-hit calls
    private void CollectWindows(TermDisjunctionScan scan, DocumentTable table, int[] keyCounts, int[] listCounts)
    {
        var documents = new int[TermDisjunctionScan.WindowSize];
        var scores = new double[TermDisjunctionScan.WindowSize];
        var total = 0;
        for (var count = scan.NextWindow(documents, scores); count > 0; count = scan.NextWindow(documents, scores))
        {
            for (var i = 0; i < count; i++)
            {
                var doc = documents[i];
                if (_keyFilter is null || Passes(doc, table))
                {
                    total++;
                    _top.Offer(doc, scores[i]);
                    table.Count(doc, keyCounts, listCounts);
                }
            }
        }

        Total = total;
    }

    /// <summary>
    /// Whether a match passes every filter; one that fails exactly one dimension is counted there (drill
    /// sideways), from the entry the filter already read, where the dimension's own column would cost another
    /// cache miss.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Passes(int document, DocumentTable table)
    {
        var missed = _keyFilter!.MissedDimension(document);
        if (missed == FacetFilters.PassesAll)
        {
            return true;
        }

        if (missed == table.ListDimension)
        {
            table.CountList(document, Counts[missed]);
        }
        else if (missed != FacetFilters.MissesSeveral)
        {
            (_missedKeyCounts[missed] ??= new int[table.KeyCount])[table.Key(document)]++;
        }

        return false;
    }

    /// <summary>Every dimension counted from its own column, for corpora with too many value combinations for one key.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // each loop compiled on its own, so the JIT's inlining budget goes to the per-hit calls
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
