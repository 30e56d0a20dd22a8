using PolicySearch.Core.Querying.Execution;

namespace PolicySearch.Core.Search;

/// <summary>
/// A forward-only position in one term's postings for the windowed scans: the index of the current posting, its
/// document (<see cref="DocIterator.NoMoreDocs"/> once the list is done) and the byte offset just past its gap.
/// A struct kept in an array, so a scan's cursors sit next to each other and cost no allocation each.
/// </summary>
internal struct PostingsCursor
{
    public PostingsCursor(TermPostings postings)
    {
        Postings = postings;
        Document = postings.DocumentFrequency > 0 ? VarInt.Read(postings.Data, ref _offset) : DocIterator.NoMoreDocs;
    }

    public TermPostings Postings { get; }

    /// <summary>The index of the current posting (its frequency is <c>Postings.FrequencyAt(Index)</c>).</summary>
    public int Index { get; private set; }

    public int Document { get; private set; }

    private int _offset;

    public void MoveNext() =>
        Document = ++Index < Postings.DocumentFrequency ? Document + VarInt.Read(Postings.Data, ref _offset) : DocIterator.NoMoreDocs;
}
