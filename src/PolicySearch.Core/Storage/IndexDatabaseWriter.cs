using Microsoft.Data.Sqlite;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Storage;

/// <summary>
/// Writes one new index database in a single transaction with prepared statements; nothing is visible
/// until <see cref="Commit"/>, and the file lives in a build folder that is discarded if the build fails.
/// </summary>
internal sealed partial class IndexDatabaseWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly RawStatement _insertArticle;
    private readonly RawStatement _insertParagraph;
    private readonly SqliteCommand _insertRejection;

    public IndexDatabaseWriter(string databasePath)
    {
        _connection = IndexDatabase.CreateNew(databasePath);
        _transaction = _connection.BeginTransaction();
        // One row per article and per paragraph of the corpus: these two skip SqliteCommand (see RawStatement).
        _insertArticle = new RawStatement(
            _connection, "INSERT INTO articles (ordinal, id, outlet, date, year, title, url) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        _insertParagraph = new RawStatement(
            _connection,
            """
            INSERT INTO paragraphs (ordinal, article_ordinal, paragraph, kind, rule, speakers, stance, stance_evidence, text)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """);
        _insertRejection = Prepare("INSERT INTO rejections (source, reason) VALUES ($source, $reason)", "$source", "$reason");
    }

    public void WriteArticle(int ordinal, Article article)
    {
        _insertArticle.Bind(1, ordinal);
        _insertArticle.Bind(2, article.Id);
        _insertArticle.Bind(3, article.Outlet);
        _insertArticle.Bind(4, article.Date);
        _insertArticle.Bind(5, article.Year);
        _insertArticle.Bind(6, article.Title);
        _insertArticle.Bind(7, article.Url);
        _insertArticle.Run();
    }

    /// <summary>
    /// Writes a paragraph. Content paragraphs must come first, each with its document ordinal (0, 1, 2…); the
    /// others follow with no document ordinal and SQLite numbers them after the last one.
    /// </summary>
    public void WriteParagraph(EncodedParagraph paragraph)
    {
        _insertParagraph.Bind(1, paragraph.DocumentOrdinal);
        _insertParagraph.Bind(2, paragraph.ArticleOrdinal);
        _insertParagraph.Bind(3, paragraph.Index);
        _insertParagraph.Bind(4, paragraph.KindName);
        _insertParagraph.Bind(5, paragraph.Rule);
        _insertParagraph.Bind(6, paragraph.Speakers);
        _insertParagraph.Bind(7, paragraph.Stance);
        _insertParagraph.Bind(8, paragraph.StanceEvidence);
        _insertParagraph.Bind(9, paragraph.Text);
        _insertParagraph.Run();
    }

    public void WriteRejection(CorpusRejection rejection) => Run(_insertRejection, rejection.Source, rejection.Reason);

    public void Commit(IndexMetadata metadata)
    {
        using (var insert = Prepare("INSERT INTO metadata (key, value) VALUES ($key, $value)", "$key", "$value"))
        {
            foreach (var (key, value) in metadata.ToPairs())
            {
                Run(insert, key, value);
            }
        }

        _transaction.Commit();
        IndexDatabase.Execute(_connection, "PRAGMA optimize;");
    }

    public void Dispose()
    {
        _insertArticle.Dispose();
        _insertParagraph.Dispose();
        _insertRejection.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
