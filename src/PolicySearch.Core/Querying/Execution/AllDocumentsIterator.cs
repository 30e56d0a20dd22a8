namespace PolicySearch.Core.Querying.Execution;

/// <summary>Every ordinal 0…n−1, unscored: browsing and the base of purely negative queries.</summary>
internal sealed class AllDocumentsIterator(int documentCount) : DocIterator
{
    public override long Cost => documentCount;

    public override int NextDoc() => Doc = Doc < documentCount - 1 ? Doc + 1 : NoMoreDocs;

    public override int Advance(int target) => Doc = target < documentCount ? target : NoMoreDocs;

    public override double Score() => 0;
}
