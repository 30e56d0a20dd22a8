using PolicySearch.Core.Echoes;
using PolicySearch.Core.Search;
using PolicySearch.Core.Storage;

namespace PolicySearch.Core.Indexing;

/// <summary>
/// An index opened read-only: the SQLite store (articles, paragraphs, analysis, metadata) and the Lucene index
/// beside it, behind one <see cref="SearchEngine"/>. The two must come from the same build: their build ids and
/// document counts are compared when opening, and a mismatch is refused with its reason rather than served.
/// </summary>
public sealed class PolicySearchIndex : IDisposable
{
    private readonly IndexDatabaseReader _database;

    private PolicySearchIndex(string path, IndexDatabaseReader database, IndexMetadata metadata, SearchIndex index)
    {
        Path = path;
        _database = database;
        Metadata = metadata;
        Engine = new SearchEngine(index, database);
        Echoes = EchoIndex.Load(IndexFolder.DatabasePath(path), index);
    }

    /// <summary>The quotation echoes found when the index was built.</summary>
    public EchoIndex Echoes { get; }

    /// <summary>The error code of an index written with another schema version: rebuild it.</summary>
    public const string SchemaVersionErrorCode = "index.schema-version";

    /// <summary>The error code of an index whose parts cannot be read or do not belong together.</summary>
    public const string UnavailableErrorCode = "index.unavailable";

    public string Path { get; }

    public SearchEngine Engine { get; }

    public IndexMetadata Metadata { get; }

    /// <exception cref="PolicySearchException">
    /// There is no index at <paramref name="indexPath"/>, it is of another schema version, or its database and
    /// Lucene index cannot be read or come from different builds.
    /// </exception>
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

        var search = SearchIndex.Open(IndexFolder.LucenePath(indexPath));
        try
        {
            if (search.BuildId != metadata.BuildId || search.DocumentCount != metadata.ContentParagraphs)
            {
                throw new PolicySearchException(
                    UnavailableErrorCode,
                    $"The Lucene index at '{indexPath}' (build {search.BuildId ?? "unknown"}, {search.DocumentCount} documents) does not belong to its database (build {metadata.BuildId}, {metadata.ContentParagraphs} content paragraphs); rebuild the index.");
            }

            return new PolicySearchIndex(indexPath, new IndexDatabaseReader(IndexFolder.DatabasePath(indexPath)), metadata, search);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            search.Dispose();
            throw new PolicySearchException(UnavailableErrorCode, $"The index database at '{indexPath}' cannot be read ({e.Message}); rebuild the index.", e);
        }
        catch
        {
            search.Dispose();
            throw;
        }
    }

    public Passage? FindPassage(string id) => _database.FindPassage(id);

    /// <summary>
    /// Proves the index answers, rather than merely opened: a search, the passage of its first hit and that hit's
    /// article are actually read. Returns null when all three work, else what failed. Opening reads only metadata
    /// and Lucene's segment files, so a damaged table page would otherwise first show in a user's request.
    /// </summary>
    public string? Probe()
    {
        try
        {
            var hits = Engine.Search(new SearchRequest { PageSize = 1, CountFacets = false }).Hits;
            if (hits is not [var first, ..])
            {
                return Metadata.ContentParagraphs == 0 ? null : "a search over every paragraph found none";
            }

            if (FindPassage(first.Document.Id) is null)
            {
                return $"the passage {first.Document.Id} of a search hit cannot be found";
            }

            return FindArticle(first.Article.ArticleId) is null ? $"the article {first.Article.ArticleId} of a search hit cannot be found" : null;
        }
        catch (PolicySearchException e)
        {
            return e.Message;
        }
    }

    public ArticleView? FindArticle(string articleId) => _database.FindArticle(articleId);

    public void Dispose()
    {
        Engine.Index.Dispose();
        _database.Dispose();
    }
}
