namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// OR: the current document is the smallest among the parts; score = sum of the parts on that document,
/// so paragraphs holding more of the words rank first. Parts are few (queries are bounded), so a linear
/// scan beats a heap.
/// </summary>
internal sealed class DisjunctionIterator(IReadOnlyList<DocIterator> parts) : DocIterator
{
    private readonly DocIterator[] _parts = [.. parts];

    /// <summary>The OR-ed iterators, in the order their scores are summed.</summary>
    public IReadOnlyList<DocIterator> Parts => _parts;

    public override long Cost => _parts.Sum(part => part.Cost);

    public override int NextDoc() => Doc == NoMoreDocs ? NoMoreDocs : MoveBeyond(Doc + 1);

    public override int Advance(int target) => MoveBeyond(target);

    private int MoveBeyond(int target)
    {
        var next = NoMoreDocs;
        foreach (var part in _parts)
        {
            // A part sitting on the previous document only needs a step, which is cheaper than a search.
            var doc = part.Doc >= target ? part.Doc : part.Doc == target - 1 ? part.NextDoc() : part.Advance(target);
            next = Math.Min(next, doc);
        }

        return Doc = next;
    }

    public override double Score()
    {
        var score = 0.0;
        foreach (var part in _parts)
        {
            if (part.Doc == Doc)
            {
                score += part.Score();
            }
        }

        return score;
    }
}
