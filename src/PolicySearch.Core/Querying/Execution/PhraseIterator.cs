using PolicySearch.Core.Querying.Scoring;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// A phrase (or, with a slop, a proximity group): the AND of its terms, then a position check. Documents
/// the <paramref name="accept"/> test rejects (the facet filters) are skipped before any position is decoded.
/// Score = BM25 of a pseudo-term with idf = Σ term idfs and tf = phrase frequency (Lucene's PhraseQuery).
/// </summary>
internal sealed class PhraseIterator(TermIterator[] terms, int? slop, Func<int, bool>? accept, Bm25 scoring, DocumentTable documents) : DocIterator
{
    private readonly TermConjunctionIterator _all = new(terms);
    private readonly double _idf = terms.Sum(term => term.Idf);
    private readonly int[][] _positions = [.. terms.Select(_ => new int[8])];
    private readonly int[] _counts = new int[terms.Length];
    private double _frequency;

    public override long Cost => _all.Cost;

    /// <summary>The weight of the phrase as one pseudo-term: the sum of its terms' idfs.</summary>
    public double Idf => _idf;

    /// <summary>The phrase frequency in the current document (sloppy matches weighted).</summary>
    public double Frequency => _frequency;

    public override int NextDoc() => FirstMatchFrom(_all.NextDoc());

    public override int Advance(int target) => FirstMatchFrom(_all.Advance(target));

    private int FirstMatchFrom(int candidate)
    {
        while (candidate != NoMoreDocs && !Confirm())
        {
            candidate = _all.NextDoc();
        }

        return Doc = candidate;
    }

    /// <summary>The documents holding every term; positions are checked by <see cref="Confirm"/>.</summary>
    public override DocIterator Approximation => _all;

    public override bool Confirm()
    {
        Doc = _all.Doc;
        return (accept is null || accept(Doc)) && MatchPositions();
    }

    private bool MatchPositions()
    {
        for (var j = 0; j < terms.Length; j++)
        {
            _counts[j] = terms[j].ReadPositions(ref _positions[j]);
        }

        _frequency = slop is { } window
            ? PositionMatcher.NearMatches(_positions, _counts, window)
            : PositionMatcher.ExactMatches(_positions, _counts);
        return _frequency > 0;
    }

    public override double Score() => scoring.ScoreWithNorm(_idf, _frequency, documents.LengthNorm(Doc));
}
