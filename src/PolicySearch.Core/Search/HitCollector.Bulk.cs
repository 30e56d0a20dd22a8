using System.Runtime.CompilerServices;
using PolicySearch.Core.Querying.Execution;

namespace PolicySearch.Core.Search;

/// <summary>
/// The loops of their own: each computes the same scores, to the last bit, as the iterators it stands in for
/// (tests/PolicySearch.Core.Tests/Search/BulkScoringTests.cs checks every one against them).
/// </summary>
internal sealed partial class HitCollector
{
    // Hits buffered so that their entries are read ahead together (DocumentTable.Prefetch), and where those reads go.
    private const int PrefetchBatch = 128;
    private int _prefetched;

    /// <summary>
    /// A query that is one term (the commonest kind, and the heaviest: a common word matches most paragraphs)
    /// walks the packed postings directly, decoding a batch of document gaps at a time instead of two virtual
    /// calls per hit; scores are computed exactly as <see cref="TermIterator.Score"/> does.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CollectTerm(TermIterator term)
    {
        var postings = term.Postings;
        if (!_table.WorthPrefetching(postings.DocumentFrequency))
        {
            return CollectDenseTerm(term);
        }

        var scoring = _index.Scoring;
        var data = postings.Data;
        Span<int> batch = stackalloc int[PrefetchBatch];
        int offset = 0, doc = 0, total = 0;
        for (var batchStart = 0; batchStart < postings.DocumentFrequency; batchStart += PrefetchBatch)
        {
            // A sparse term's hits: decode a batch, read their entries ahead together, then score and count them.
            var count = Math.Min(PrefetchBatch, postings.DocumentFrequency - batchStart);
            for (var i = 0; i < count; i++)
            {
                batch[i] = doc += VarInt.Read(data, ref offset);
            }

            _prefetched += _table.Prefetch(batch[..count]);
            for (var i = 0; i < count; i++)
            {
                var hit = batch[i];
                if (_keyFilter is null || Passes(hit))
                {
                    total++;
                    Hit(hit, scoring.ScoreWithNorm(term.Idf, postings.FrequencyAt(batchStart + i), _table.LengthNorm(hit)));
                }
            }
        }

        return total;
    }

    /// <summary>A dense term's hits lie close together, so their entries stream in without help: one plain loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CollectDenseTerm(TermIterator term)
    {
        var postings = term.Postings;
        var scoring = _index.Scoring;
        var data = postings.Data;
        var idf = term.Idf;
        int offset = 0, doc = 0, total = 0;
        for (var i = 0; i < postings.DocumentFrequency; i++)
        {
            doc += VarInt.Read(data, ref offset);
            if (_keyFilter is null || Passes(doc))
            {
                total++;
                Hit(doc, scoring.ScoreWithNorm(idf, postings.FrequencyAt(i), _table.LengthNorm(doc)));
            }
        }

        return total;
    }

    /// <summary>An OR of plain terms, collected a window of scored documents at a time.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CollectWindows(TermDisjunctionScan scan)
    {
        var documents = new int[TermDisjunctionScan.WindowSize];
        var scores = new double[TermDisjunctionScan.WindowSize];
        var total = 0;
        for (var count = scan.NextWindow(documents, scores); count > 0; count = scan.NextWindow(documents, scores))
        {
            for (var i = 0; i < count; i++)
            {
                if (_keyFilter is null || Passes(documents[i]))
                {
                    total++;
                    Hit(documents[i], scores[i]);
                }
            }
        }

        return total;
    }

    /// <summary>
    /// The terms whose scores, summed in this order, are the score of <paramref name="matches"/>, when it is an
    /// unstarted AND of plain terms (<c>detainer AND warrant</c>), or such an AND or a single term minus
    /// exclusions (<c>police NOT said</c>); otherwise null.
    /// </summary>
    private static TermIterator[]? ScoringTerms(DocIterator matches) => matches switch
    {
        TermConjunctionIterator { Doc: -1 } and => [.. and.Terms],
        ExclusionIterator { Doc: -1, Included: TermIterator { Doc: -1 } term } => [term],
        ExclusionIterator { Doc: -1, Included: TermConjunctionIterator { Doc: -1 } and } => [.. and.Terms],
        _ => null,
    };

    /// <summary>An AND led by a dense term, matched a window at a time; otherwise the matches buffered as they come.</summary>
    private int CollectTermScored(DocIterator matches, TermIterator[] terms)
    {
        var idfs = terms.Select(term => term.Idf).ToArray();
        if (matches is TermConjunctionIterator && TermConjunctionScan.For(terms, _index.DocumentCount) is { } scan)
        {
            var documents = new int[TermConjunctionScan.WindowSize];
            var frequencies = new double[TermConjunctionScan.WindowSize * terms.Length];
            var total = 0;
            for (var count = scan.NextWindow(documents, frequencies); count > 0; count = scan.NextWindow(documents, frequencies))
            {
                // A dense AND's hits are close together: their entries come in sequentially without help.
                total += CollectScored(documents, frequencies, count, idfs, prefetch: false);
            }

            return total;
        }

        return CollectBuffered(matches, new TermFrequencies(terms), idfs);
    }

    /// <summary>
    /// Matches buffered with the frequencies that score them, a batch at a time, so that their entries are read
    /// ahead together before they are scored (<see cref="CollectScored"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CollectBuffered<TFrequencies>(DocIterator matches, TFrequencies source, double[] idfs)
        where TFrequencies : struct, IFrequencySource
    {
        var prefetch = _table.WorthPrefetching((int)Math.Min(matches.Cost, int.MaxValue));
        var documents = new int[PrefetchBatch];
        var frequencies = new double[PrefetchBatch * idfs.Length];
        var total = 0;
        var doc = matches.NextDoc();
        while (doc != DocIterator.NoMoreDocs)
        {
            var count = 0;
            for (; doc != DocIterator.NoMoreDocs && count < PrefetchBatch; doc = matches.NextDoc(), count++)
            {
                documents[count] = doc;
                source.Read(frequencies, count * idfs.Length);
            }

            total += CollectScored(documents, frequencies, count, idfs, prefetch);
        }

        return total;
    }

    /// <summary>
    /// Scores buffered matches, each as the sum over its (pseudo-)terms in order of BM25 from the term's idf and
    /// its frequency in the match, and collects them; returns how many were hits.
    /// </summary>
    private int CollectScored(int[] documents, double[] frequencies, int count, double[] idfs, bool prefetch)
    {
        if (prefetch)
        {
            _prefetched += _table.Prefetch(documents.AsSpan(0, count));
        }

        var scoring = _index.Scoring;
        var hits = 0;
        for (var i = 0; i < count; i++)
        {
            var hit = documents[i];
            if (_keyFilter is null || Passes(hit))
            {
                var lengthNorm = _table.LengthNorm(hit);
                var score = 0.0;
                for (var t = 0; t < idfs.Length; t++)
                {
                    score += scoring.ScoreWithNorm(idfs[t], frequencies[(i * idfs.Length) + t], lengthNorm);
                }

                hits++;
                Hit(hit, score);
            }
        }

        return hits;
    }

    /// <summary>Where a buffered match's frequencies come from, read while the iterators are on it.</summary>
    private interface IFrequencySource
    {
        void Read(double[] into, int offset);
    }

    /// <summary>Each term's frequency, in the order their scores are summed (<see cref="TermConjunctionIterator.Score"/>).</summary>
    private readonly struct TermFrequencies(TermIterator[] terms) : IFrequencySource
    {
        public void Read(double[] into, int offset)
        {
            for (var t = 0; t < terms.Length; t++)
            {
                into[offset + t] = terms[t].Frequency;
            }
        }
    }

    /// <summary>The phrase frequency: a phrase scores as one pseudo-term (<see cref="PhraseIterator.Score"/>).</summary>
    private readonly struct PhraseFrequency(PhraseIterator phrase) : IFrequencySource
    {
        public void Read(double[] into, int offset) => into[offset] = phrase.Frequency;
    }
}
