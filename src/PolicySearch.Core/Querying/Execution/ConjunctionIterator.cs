namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// AND: led by the cheapest (rarest) iterator, every other one advances to the leader's candidate;
/// on a miss the leader jumps to the furthest follower. Score = sum of the parts.
/// </summary>
internal sealed class ConjunctionIterator : DocIterator
{
    private readonly DocIterator[] _parts;
    private readonly DocIterator[] _approximations;
    private readonly DocIterator[] _toConfirm;

    public ConjunctionIterator(IEnumerable<DocIterator> parts)
    {
        _parts = [.. parts.OrderBy(part => part.Cost)];
        _approximations = [.. _parts.Select(part => part.Approximation)];
        _toConfirm = [.. _parts.Where(part => part.Approximation != part)];
    }

    public override long Cost => _parts[0].Cost;

    public override int NextDoc() => Align(_approximations[0].NextDoc());

    public override int Advance(int target) => Align(_approximations[0].Advance(target));

    /// <summary>Moves every approximation to a common document, then confirms the two-phase parts there.</summary>
    private int Align(int candidate)
    {
        while (candidate != NoMoreDocs)
        {
            var agreed = true;
            for (var i = 1; i < _approximations.Length; i++)
            {
                var part = _approximations[i];
                var doc = part.Doc < candidate ? part.Advance(candidate) : part.Doc;
                if (doc != candidate)
                {
                    candidate = _approximations[0].Advance(doc);
                    agreed = false;
                    break;
                }
            }

            if (agreed && Array.TrueForAll(_toConfirm, part => part.Confirm()))
            {
                return Doc = candidate;
            }

            if (agreed)
            {
                candidate = _approximations[0].NextDoc();
            }
        }

        return Doc = NoMoreDocs;
    }

    public override double Score()
    {
        var score = 0.0;
        foreach (var part in _parts)
        {
            score += part.Score();
        }

        return score;
    }
}
