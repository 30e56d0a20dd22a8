using PolicySearch.Core.Search;
using PolicySearch.Core.Storage;

namespace PolicySearch.Core.Indexing;

/// <summary>
/// An index opened read-only: the search engine over the in-memory structures plus the SQLite store
/// behind it. The structures come from the snapshot when it carries the database's build id and passes its
/// own checks; otherwise they are rebuilt from the database (the source of truth) and the reason is kept in
/// <see cref="SnapshotProblem"/>. Nothing is written: a stale snapshot is replaced by the next build.
/// </summary>
public sealed class PolicySearchIndex : IDisposable
{
    private readonly IndexDatabaseReader _database;

    private PolicySearchIndex(string path, IndexDatabaseReader database, IndexMetadata metadata, SearchIndex index, string? snapshotProblem)
    {
        Path = path;
        _database = database;
        Metadata = metadata;
        SnapshotProblem = snapshotProblem;
        Engine = new SearchEngine(index, database);
    }

    /// <summary>The error code of an index written with another schema version: rebuild it.</summary>
    public const string SchemaVersionErrorCode = "index.schema-version";

    public string Path { get; }

    public SearchEngine Engine { get; }

    public IndexMetadata Metadata { get; }

    /// <summary>Why the snapshot was not used, or null when the index was loaded from it.</summary>
    public string? SnapshotProblem { get; }

    public bool LoadedFromSnapshot => SnapshotProblem is null;

    /// <exception cref="PolicySearchException">There is no index at <paramref name="indexPath"/>, or it is of another schema version.</exception>
    public static PolicySearchIndex Open(string indexPath)
    {
        if (!IndexFolder.Exists(indexPath))
        {
            throw new PolicySearchException(
                "index.not-found",
                $"There is no index at '{indexPath}'. Build one with: dotnet run --project src/PolicySearch.Indexer -- --input seeds --index {indexPath}");
        }

        var metadata = IndexDatabaseReader.ReadMetadata(IndexFolder.DatabasePath(indexPath));
        if (metadata.SchemaVersion != IndexDatabase.SchemaVersion)
        {
            throw new PolicySearchException(
                SchemaVersionErrorCode,
                $"The index at '{indexPath}' has schema version {metadata.SchemaVersion}; this build reads version {IndexDatabase.SchemaVersion}. Rebuild the index.");
        }

        var database = new IndexDatabaseReader(IndexFolder.DatabasePath(indexPath));
        try
        {
            var (index, problem) = LoadSearchIndex(indexPath, metadata, database);
            return new PolicySearchIndex(indexPath, database, metadata, index, problem);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public Passage? FindPassage(string id) => _database.FindPassage(id);

    public ArticleView? FindArticle(string articleId) => _database.FindArticle(articleId);

    public void Dispose() => _database.Dispose();

    private static (SearchIndex Index, string? Problem) LoadSearchIndex(string indexPath, IndexMetadata metadata, IndexDatabaseReader database)
    {
        string problem;
        try
        {
            using var stream = File.OpenRead(IndexFolder.SnapshotPath(indexPath));
            var index = SearchIndex.ReadSnapshot(stream, metadata.BuildId);
            if (index.DocumentCount == metadata.ContentParagraphs)
            {
                return (index, null);
            }

            problem = $"the snapshot holds {index.DocumentCount} documents but the database {metadata.ContentParagraphs}";
        }
        catch (Exception e) when (e is PolicySearchException or IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
        }

        var builder = new SearchIndexBuilder();
        foreach (var (document, article) in database.ReadAllDocuments())
        {
            builder.Add(document, article);
        }

        return (builder.Build(), $"snapshot not used ({problem}); rebuilt from the database");
    }
}
