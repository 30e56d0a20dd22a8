using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PolicySearch.Core.Indexing;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Storage;

/// <summary>
/// Read-only access to an index database: stored fields for the engine's hits, passages, articles and
/// metadata. A SQLite connection serves one thread at a time, so each call borrows a session (connection
/// plus prepared statements) from a pool and returns it; the pool grows to the number of concurrent callers.
/// </summary>
public sealed class IndexDatabaseReader : IDocumentSource, IDisposable
{
    private const string DocumentColumns =
        "a.id, p.paragraph, p.text, a.outlet, a.year, p.speakers, p.stance, p.stance_evidence";

    private readonly string _databasePath;
    private readonly ConcurrentBag<Session> _sessions = [];
    private bool _disposed;

    public IndexDatabaseReader(string databasePath)
    {
        _databasePath = databasePath;
        _sessions.Add(new Session(databasePath));
    }

    public ParagraphDocument GetDocument(int ordinal) =>
        Use(session => session.DocumentByOrdinal(ordinal))
        ?? throw new PolicySearchException("index.invalid", $"The index database has no document {ordinal}; rebuild the index.");

    public ArticleInfo GetArticle(string articleId) =>
        Use(session => session.ArticleById(articleId))
        ?? throw new PolicySearchException("index.invalid", $"The index database has no article '{articleId}'; rebuild the index.");

    public IndexMetadata ReadMetadata() => Use(session =>
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = session.Connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM metadata";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            pairs[reader.GetString(0)] = reader.GetString(1);
        }

        return IndexMetadata.FromPairs(pairs);
    });

    /// <summary>The passage with this document id (<c>{articleId}-{paragraph}</c>), or null if there is none.</summary>
    public Passage? FindPassage(string id)
    {
        var dash = id.LastIndexOf('-');
        if (dash <= 0 || !int.TryParse(id.AsSpan(dash + 1), out var paragraph))
        {
            return null;
        }

        return Use(session =>
        {
            var ordinal = session.DocumentOrdinal(id[..dash], paragraph);
            if (ordinal is not { } found)
            {
                return null;
            }

            var document = session.DocumentByOrdinal(found)!;
            var previous = found > 0 ? session.DocumentByOrdinal(found - 1) : null;
            var next = session.DocumentByOrdinal(found + 1);
            return new Passage(
                document,
                session.ArticleById(document.ArticleId)!,
                previous?.ArticleId == document.ArticleId ? previous : null,
                next?.ArticleId == document.ArticleId ? next : null);
        });
    }

    /// <summary>The article with its content paragraphs, or null if there is none.</summary>
    public ArticleView? FindArticle(string articleId) => Use(session =>
    {
        var article = session.ArticleById(articleId);
        if (article is null)
        {
            return null;
        }

        using var command = session.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DocumentColumns} FROM paragraphs p JOIN articles a ON a.ordinal = p.article_ordinal
            WHERE a.id = $id AND p.doc_ordinal IS NOT NULL ORDER BY p.paragraph
            """;
        command.Parameters.AddWithValue("$id", articleId);
        return new ArticleView(article, ReadDocuments(command).ToList());
    });

    /// <summary>Every content paragraph with its article, in document-ordinal order (to rebuild the search structures).</summary>
    public IEnumerable<(ParagraphDocument Document, ArticleInfo Article)> ReadAllDocuments()
    {
        using var session = new Session(_databasePath);
        using var command = session.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DocumentColumns}, a.date, a.title, a.url
            FROM paragraphs p JOIN articles a ON a.ordinal = p.article_ordinal
            WHERE p.doc_ordinal IS NOT NULL ORDER BY p.doc_ordinal
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var document = ReadDocument(reader);
            yield return (document, new ArticleInfo(
                document.ArticleId, document.Outlet, NullableString(reader, 8), document.Year, NullableString(reader, 9), NullableString(reader, 10)));
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_sessions.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private T Use<T>(Func<Session, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_sessions.TryTake(out var session))
        {
            session = new Session(_databasePath);
        }

        try
        {
            return work(session);
        }
        finally
        {
            _sessions.Add(session);
        }
    }

    private static IEnumerable<ParagraphDocument> ReadDocuments(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadDocument(reader);
        }
    }

    private static ParagraphDocument ReadDocument(SqliteDataReader reader)
    {
        var articleId = reader.GetString(0);
        var paragraph = reader.GetInt32(1);
        return new ParagraphDocument(
            ParagraphDocument.MakeId(articleId, paragraph),
            articleId,
            paragraph,
            reader.GetString(2),
            reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetInt32(4),
            JsonSerializer.Deserialize<string[]>(reader.GetString(5)) ?? [],
            NullableString(reader, 6) ?? "neutral",
            JsonSerializer.Deserialize<string[]>(reader.GetString(7)) ?? []);
    }

    private static string? NullableString(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>One connection and its prepared statements, used by one thread at a time.</summary>
    private sealed class Session : IDisposable
    {
        private readonly SqliteCommand _documentByOrdinal;
        private readonly SqliteCommand _articleById;
        private readonly SqliteCommand _documentOrdinal;

        public Session(string databasePath)
        {
            Connection = IndexDatabase.OpenReadOnly(databasePath);
            _documentByOrdinal = Prepare(
                $"SELECT {DocumentColumns} FROM paragraphs p JOIN articles a ON a.ordinal = p.article_ordinal WHERE p.doc_ordinal = $value");
            _articleById = Prepare("SELECT id, outlet, date, year, title, url FROM articles WHERE id = $value");
            _documentOrdinal = Prepare(
                "SELECT p.doc_ordinal FROM paragraphs p JOIN articles a ON a.ordinal = p.article_ordinal WHERE a.id = $value AND p.paragraph = $paragraph");
        }

        public SqliteConnection Connection { get; }

        public ParagraphDocument? DocumentByOrdinal(int ordinal)
        {
            _documentByOrdinal.Parameters["$value"].Value = ordinal;
            return ReadDocuments(_documentByOrdinal).FirstOrDefault();
        }

        public ArticleInfo? ArticleById(string articleId)
        {
            _articleById.Parameters["$value"].Value = articleId;
            using var reader = _articleById.ExecuteReader();
            return reader.Read()
                ? new ArticleInfo(
                    reader.GetString(0), reader.GetString(1), NullableString(reader, 2),
                    reader.IsDBNull(3) ? null : reader.GetInt32(3), NullableString(reader, 4), NullableString(reader, 5))
                : null;
        }

        public int? DocumentOrdinal(string articleId, int paragraph)
        {
            _documentOrdinal.Parameters["$value"].Value = articleId;
            _documentOrdinal.Parameters["$paragraph"].Value = paragraph;
            return _documentOrdinal.ExecuteScalar() is long ordinal ? (int)ordinal : null;
        }

        public void Dispose()
        {
            _documentByOrdinal.Dispose();
            _articleById.Dispose();
            _documentOrdinal.Dispose();
            Connection.Dispose();
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = Connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new SqliteParameter { ParameterName = "$value" });
            if (sql.Contains("$paragraph", StringComparison.Ordinal))
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = "$paragraph" });
            }

            command.Prepare();
            return command;
        }
    }
}
