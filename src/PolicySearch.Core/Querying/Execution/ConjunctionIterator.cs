namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// AND: led by the cheapest (rarest) iterator, every other one advances to the leader's candidate;
/// on a miss the leader jumps to the furthest follower. Score = sum of the parts.
/// </summary>
internal sealed class ConjunctionIterator : DocIterator
{
    private readonly DocIterator[] _parts;

    public ConjunctionIterator(IEnumerable<DocIterator> parts)
    {
        _parts = [.. parts.OrderBy(part => part.Cost)];
    }

    public override long Cost => _parts[0].Cost;

    public override int NextDoc() => Align(_parts[0].NextDoc());

    public override int Advance(int target) => Align(_parts[0].Advance(target));

    private int Align(int candidate)
    {
        while (candidate != NoMoreDocs)
        {
            var agreed = true;
            for (var i = 1; i < _parts.Length; i++)
            {
                var part = _parts[i];
                var doc = part.Doc < candidate ? part.Advance(candidate) : part.Doc;
                if (doc != candidate)
                {
                    candidate = _parts[0].Advance(doc);
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
        foreach (var part in _parts)
        {
            score += part.Score();
        }

        return score;
    }
}
