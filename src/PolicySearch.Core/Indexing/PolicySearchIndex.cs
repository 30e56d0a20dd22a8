using PolicySearch.Core.Search;

namespace PolicySearch.Core.Indexing;

/// <summary>
/// An index opened read-only: the search engine over the in-memory structures (from the snapshot, or
/// rebuilt from the database when the snapshot does not match) plus the SQLite store behind it.
/// (Placeholder until the storage stage lands.)
/// </summary>
public sealed class PolicySearchIndex : IDisposable
{
    public SearchEngine Engine => throw new NotImplementedException();

    public static PolicySearchIndex Open(string indexPath) => throw new NotImplementedException();

    public void Dispose() { }
}
