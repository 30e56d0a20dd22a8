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
/// </summary>
internal sealed class HitCollector
{
    private readonly SearchIndex _index;
    private readonly FacetFilters _filters;
    private readonly TopHits _top;
    private readonly KeyFilter? _keyFilter;
    private readonly bool _countFacets;

    // Documents whose entries are read ahead together (see DocumentTable.Prefetch), and where those reads go.
    private const int PrefetchBatch = 128;
    private int _prefetched;

    // Per single-valued dimension, key counts of the documents that missed only that dimension's filter.
    private readonly int[]?[] _missedKeyCounts;

    public HitCollector(SearchIndex index, FacetFilters filters, TopHits top, bool countFacets = true)
    {
        _index = index;
        _countFacets = countFacets;
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
        else if (ScoringTerms(matches) is { } terms)
        {
            CollectTermScored(matches, terms, table, keyCounts, listCounts);
        }
        else if (matches is PhraseIterator { Doc: -1 } phrase)
        {
            CollectPhrase(phrase, table, keyCounts, listCounts);
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
                if (_countFacets)
                {
                    table.Count(doc, keyCounts, listCounts);
                }
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
        var prefetch = table.WorthPrefetching(postings.DocumentFrequency);
        Span<int> batch = stackalloc int[PrefetchBatch];
        int offset = 0, doc = 0, total = 0;
        for (var batchStart = 0; batchStart < postings.DocumentFrequency; batchStart += PrefetchBatch)
        {
            // Decode a batch of documents, bring their entries in together, then score and count them.
            var count = Math.Min(PrefetchBatch, postings.DocumentFrequency - batchStart);
            for (var i = 0; i < count; i++)
            {
                batch[i] = doc += VarInt.Read(data, ref offset);
            }

            if (prefetch)
            {
                _prefetched += table.Prefetch(batch[..count]);
            }

            for (var i = 0; i < count; i++)
            {
                var hit = batch[i];
                if (_keyFilter is null || Passes(hit, table))
                {
                    total++;
                    _top.Offer(hit, scoring.ScoreWithNorm(idf, postings.FrequencyAt(batchStart + i), table.LengthNorm(hit)));
                    if (_countFacets)
                    {
                        table.Count(hit, keyCounts, listCounts);
                    }
                }
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
                    if (_countFacets)
                    {
                        table.Count(doc, keyCounts, listCounts);
                    }
                }
            }
        }

        Total = total;
    }

    /// <summary>
    /// The terms whose scores, summed in this order, are the score of <paramref name="matches"/>, when it is an
    /// unstarted AND of plain terms (<c>detainer AND warrant</c>), or such an AND or a single term minus
    /// exclusions (<c>police NOT said</c>); otherwise null.
    /// </summary>
    private static IReadOnlyList<TermIterator>? ScoringTerms(DocIterator matches) => matches switch
    {
        TermConjunctionIterator { Doc: -1 } and => and.Terms,
        ExclusionIterator { Doc: -1, Included: TermIterator { Doc: -1 } term } => [term],
        ExclusionIterator { Doc: -1, Included: TermConjunctionIterator { Doc: -1 } and } => and.Terms,
        _ => null,
    };

    /// <summary>
    /// Matches scored by plain terms (see <see cref="ScoringTerms"/>) are buffered with the terms' frequencies, so
    /// that their entries can be read ahead together before they are scored, each term's score summed in the
    /// order the iterators sum them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CollectTermScored(DocIterator matches, IReadOnlyList<TermIterator> terms, DocumentTable table, int[] keyCounts, int[] listCounts)
    {
        var scoringTerms = terms.ToArray();
        var idfs = terms.Select(term => term.Idf).ToArray();
        var prefetch = table.WorthPrefetching((int)Math.Min(matches.Cost, int.MaxValue));
        var total = 0;
        if (matches is TermConjunctionIterator && TermConjunctionScan.For(terms, _index.DocumentCount) is { } scan)
        {
            var windowDocuments = new int[TermConjunctionScan.WindowSize];
            var windowFrequencies = new int[TermConjunctionScan.WindowSize * scoringTerms.Length];
            for (var count = scan.NextWindow(windowDocuments, windowFrequencies); count > 0; count = scan.NextWindow(windowDocuments, windowFrequencies))
            {
                total += CollectScoredByTerms(windowDocuments, windowFrequencies, count, idfs, prefetch: false, table, keyCounts, listCounts);
            }

            Total = total;
            return;
        }

        var documents = new int[PrefetchBatch];
        var frequencies = new int[PrefetchBatch * scoringTerms.Length];
        var doc = matches.NextDoc();
        while (doc != DocIterator.NoMoreDocs)
        {
            var count = 0;
            for (; doc != DocIterator.NoMoreDocs && count < PrefetchBatch; doc = matches.NextDoc(), count++)
            {
                documents[count] = doc;
                for (var t = 0; t < scoringTerms.Length; t++)
                {
                    frequencies[(count * scoringTerms.Length) + t] = scoringTerms[t].Frequency;
                }
            }

            total += CollectScoredByTerms(documents, frequencies, count, idfs, prefetch, table, keyCounts, listCounts);
        }

        Total = total;
    }

    /// <summary>Scores buffered matches from their terms' frequencies (summed in term order) and collects them; returns how many were hits.</summary>
    private int CollectScoredByTerms(int[] documents, int[] frequencies, int count, double[] idfs, bool prefetch, DocumentTable table, int[] keyCounts, int[] listCounts)
    {
        if (prefetch)
        {
            _prefetched += table.Prefetch(documents.AsSpan(0, count));
        }

        var scoring = _index.Scoring;
        var hits = 0;
        for (var i = 0; i < count; i++)
        {
            var hit = documents[i];
            if (_keyFilter is null || Passes(hit, table))
            {
                var lengthNorm = table.LengthNorm(hit);
                var score = 0.0;
                for (var t = 0; t < idfs.Length; t++)
                {
                    score += scoring.ScoreWithNorm(idfs[t], frequencies[(i * idfs.Length) + t], lengthNorm);
                }

                hits++;
                _top.Offer(hit, score);
                if (_countFacets)
                {
                    table.Count(hit, keyCounts, listCounts);
                }
            }
        }

        return hits;
    }

    /// <summary>A phrase: matches buffered with their phrase frequencies, entries read ahead, then scored as <see cref="PhraseIterator.Score"/> does.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CollectPhrase(PhraseIterator phrase, DocumentTable table, int[] keyCounts, int[] listCounts)
    {
        var prefetch = table.WorthPrefetching((int)Math.Min(phrase.Cost, int.MaxValue));
        var scoring = _index.Scoring;
        var documents = new int[PrefetchBatch];
        var frequencies = new double[PrefetchBatch];
        var total = 0;
        var doc = phrase.NextDoc();
        while (doc != DocIterator.NoMoreDocs)
        {
            var count = 0;
            for (; doc != DocIterator.NoMoreDocs && count < PrefetchBatch; doc = phrase.NextDoc(), count++)
            {
                documents[count] = doc;
                frequencies[count] = phrase.Frequency;
            }

            if (prefetch)
            {
                _prefetched += table.Prefetch(documents.AsSpan(0, count));
            }

            for (var i = 0; i < count; i++)
            {
                var hit = documents[i];
                if (_keyFilter is null || Passes(hit, table))
                {
                    total++;
                    _top.Offer(hit, scoring.ScoreWithNorm(phrase.Idf, frequencies[i], table.LengthNorm(hit)));
                    if (_countFacets)
                    {
                        table.Count(hit, keyCounts, listCounts);
                    }
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

        if (!_countFacets)
        {
            return false;
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
    }
}
