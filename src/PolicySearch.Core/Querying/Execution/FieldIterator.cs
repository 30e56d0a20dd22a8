using PolicySearch.Core.Search;

namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// A fielded clause (<c>speaker:"Bruce Rauner"</c>) inside the query: the documents having one of the selected
/// facet values. It scans the ordinal column, so it never leads an AND unless it is alone; it never scores.
/// </summary>
internal sealed class FieldIterator(FacetColumn column, bool[] selected, int documentCount) : DocIterator
{
    public override long Cost => documentCount;

    public override int NextDoc() => Doc == NoMoreDocs ? NoMoreDocs : Advance(Doc + 1);

    public override int Advance(int target)
    {
        for (var doc = target; doc < documentCount; doc++)
        {
            if (column.Matches(doc, selected))
            {
                return Doc = doc;
            }
        }

        return Doc = NoMoreDocs;
    }

    public override double Score() => 0;
}
