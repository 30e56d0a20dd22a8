namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// Required clauses with optional ones (<c>+a b</c>): matches exactly what <paramref name="required"/> matches;
/// an optional clause that also matches adds its score (Lucene's ReqOptSumScorer).
/// </summary>
internal sealed class OptionalScoreIterator(DocIterator required, DocIterator optional) : DocIterator
{
    public override long Cost => required.Cost;

    public override int NextDoc() => Doc = required.NextDoc();

    public override int Advance(int target) => Doc = required.Advance(target);

    public override double Score()
    {
        var score = required.Score();
        var doc = optional.Doc < Doc ? optional.Advance(Doc) : optional.Doc;
        return doc == Doc ? score + optional.Score() : score;
    }
}
