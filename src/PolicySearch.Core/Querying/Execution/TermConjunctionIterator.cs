namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// <see cref="ConjunctionIterator"/> for plain terms only (<c>detainer AND warrant</c>, and the candidates of every
/// phrase): the same leapfrog, led by the rarest term, but over the sealed <see cref="TermIterator"/>, so every
/// step is a direct, inlinable call rather than a virtual one. Score = the terms' scores summed rarest first, as
/// <see cref="ConjunctionIterator"/> sums them.
/// </summary>
internal sealed class TermConjunctionIterator : DocIterator
{
    private readonly TermIterator[] _terms;

    public TermConjunctionIterator(IEnumerable<TermIterator> terms)
    {
        _terms = [.. terms.OrderBy(term => term.Cost)];
    }

    public override long Cost => _terms[0].Cost;

    /// <summary>The terms, rarest first: the order their scores are summed in.</summary>
    public IReadOnlyList<TermIterator> Terms => _terms;

    public override int NextDoc() => Align(_terms[0].NextDoc());

    public override int Advance(int target) => Align(_terms[0].Advance(target));

    private int Align(int candidate)
    {
        var lead = _terms[0];
        while (candidate != NoMoreDocs)
        {
            var agreed = true;
            for (var i = 1; i < _terms.Length; i++)
            {
                var term = _terms[i];
                var doc = term.Doc < candidate ? term.Advance(candidate) : term.Doc;
                if (doc != candidate)
                {
                    candidate = lead.Advance(doc);
                    agreed = false;
                    break;
                }
            }

            if (agreed)
            {
                return Doc = candidate;
            }
        }

        return Doc = NoMoreDocs;
    }

    public override double Score()
    {
        var score = 0.0;
        foreach (var term in _terms)
        {
            score += term.Score();
        }

        return score;
    }
}
