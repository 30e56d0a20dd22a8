using System.Collections.Concurrent;
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
    /// <summary>A content paragraph with its article's metadata; read by <see cref="ReadDocument"/>.</summary>
    private const string DocumentQuery = """
        SELECT a.id, p.paragraph, p.text, a.outlet, a.year, p.speakers, p.stance, p.stance_evidence, a.date, a.title, a.url
        FROM paragraphs p JOIN articles a ON a.ordinal = p.article_ordinal
        """;

    private readonly string _databasePath;
    private readonly ConcurrentBag<Session> _sessions = [];
    private bool _disposed;

    public IndexDatabaseReader(string databasePath)
    {
        _databasePath = databasePath;
        _sessions.Add(new Session(databasePath));
    }

    public StoredDocument GetDocument(int ordinal) =>
        Use(session => session.DocumentByOrdinal(ordinal))
        ?? throw new PolicySearchException("index.invalid", $"The index database has no document {ordinal}; rebuild the index.");

    /// <summary>
    /// The metadata of the database at <paramref name="databasePath"/>, read on a connection of its own so that
    /// a file of another schema version (whose statements would not prepare) or no index at all is reported
    /// as such rather than failing inside SQLite.
    /// </summary>
    /// <exception cref="PolicySearchException">Code <c>index.invalid</c>: the file is not a readable index database.</exception>
    public static IndexMetadata ReadMetadata(string databasePath)
    {
        try
        {
            using var connection = IndexDatabase.OpenReadOnly(databasePath);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value FROM metadata";
            using var reader = command.ExecuteReader();
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                pairs[reader.GetString(0)] = reader.GetString(1);
            }

            return IndexMetadata.FromPairs(pairs);
        }
        catch (SqliteException e)
        {
            throw new PolicySearchException(
                "index.invalid", $"'{databasePath}' is not a readable PolicySearch index database ({e.Message}); rebuild the index.", e);
        }
    }

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

            var (document, article) = session.DocumentByOrdinal(found)!.Value;
            var previous = found > 0 ? session.DocumentByOrdinal(found - 1)?.Document : null;
            var next = session.DocumentByOrdinal(found + 1)?.Document;
            return new Passage(
                document,
                article,
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

        using var statement = new RawStatement(session.Connection, $"{DocumentQuery} WHERE a.id = ?1 AND p.kind = 'content' ORDER BY p.paragraph");
        statement.Bind(1, articleId);
        return new ArticleView(article, ReadDocuments(statement).Select(stored => stored.Document).ToList());
    });

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

        var broken = false;
        try
        {
            return work(session);
        }
        catch (SqliteException e)
        {
            // A damaged or vanished file is the index's problem, not the request's: a 503 with the reason, and
            // the session that met it is not reused.
            broken = true;
            session.Dispose();
            throw new PolicySearchException(
                Indexing.PolicySearchIndex.UnavailableErrorCode, $"The index database cannot be read ({e.Message}); rebuild the index.", e);
        }
        finally
        {
            if (!broken)
            {
                _sessions.Add(session);
            }
        }
    }

    private static IEnumerable<StoredDocument> ReadDocuments(RawStatement statement)
    {
        while (statement.Next())
        {
            yield return ReadDocument(statement);
        }
    }

    /// <summary>The current row of a <see cref="DocumentQuery"/> statement.</summary>
    private static StoredDocument ReadDocument(RawStatement row)
    {
        var articleId = row.Text(0);
        var paragraph = row.Int32(1);
        var outlet = row.Text(3);
        var year = row.NullableInt32(4);
        var document = new ParagraphDocument(
            ParagraphDocument.MakeId(articleId, paragraph),
            articleId,
            paragraph,
            row.Text(2),
            outlet,
            year,
            StoredList.Split(row.Text(5)),
            row.NullableText(6) ?? "neutral",
            StoredList.Split(row.Text(7)));
        return new StoredDocument(document, new ArticleInfo(articleId, outlet, row.NullableText(8), year, row.NullableText(9), row.NullableText(10)));
    }

    private static string? NullableString(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>One connection and its prepared statements, used by one thread at a time.</summary>
    private sealed class Session : IDisposable
    {
        private readonly RawStatement _documentByOrdinal;
        private readonly SqliteCommand _articleById;
        private readonly SqliteCommand _documentOrdinal;

        public Session(string databasePath)
        {
            Connection = IndexDatabase.OpenReadOnly(databasePath);
            _documentByOrdinal = new RawStatement(Connection, $"{DocumentQuery} WHERE p.ordinal = ?1 AND p.kind = 'content'");
            _articleById = Prepare("SELECT id, outlet, date, year, title, url FROM articles WHERE id = $value");
            _documentOrdinal = Prepare(
                "SELECT p.ordinal FROM paragraphs p JOIN articles a ON a.ordinal = p.article_ordinal WHERE a.id = $value AND p.paragraph = $paragraph AND p.kind = 'content'");
        }

        public SqliteConnection Connection { get; }

        /// <summary>
        /// The content paragraph whose rowid is <paramref name="ordinal"/>, with its article (one rowid lookup each),
        /// through a raw statement: every returned hit makes this lookup.
        /// </summary>
        public StoredDocument? DocumentByOrdinal(int ordinal)
        {
            try
            {
                _documentByOrdinal.Bind(1, ordinal);
                return _documentByOrdinal.Next() ? ReadDocument(_documentByOrdinal) : null;
            }
            finally
            {
                _documentByOrdinal.Reset();
            }
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
