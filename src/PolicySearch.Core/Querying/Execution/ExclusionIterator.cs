namespace PolicySearch.Core.Querying.Execution;

/// <summary>AND NOT: the documents of <paramref name="included"/> that <paramref name="excluded"/> does not match.</summary>
internal sealed class ExclusionIterator(DocIterator included, DocIterator excluded) : DocIterator
{
    public override long Cost => included.Cost;

    /// <summary>The iterator whose matches are kept (and whose score is the score).</summary>
    public DocIterator Included => included;

    public override int NextDoc() => Skip(included.NextDoc());

    public override int Advance(int target) => Skip(included.Advance(target));

    private int Skip(int candidate)
    {
        while (candidate != NoMoreDocs)
        {
            var blocked = excluded.Doc < candidate ? excluded.Advance(candidate) : excluded.Doc;
            if (blocked != candidate)
            {
                break;
            }

            candidate = included.NextDoc();
        }

        return Doc = candidate;
    }

    public override double Score() => included.Score();
}
