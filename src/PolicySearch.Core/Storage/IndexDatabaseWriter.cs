using Microsoft.Data.Sqlite;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Storage;

/// <summary>
/// Writes one new index database in a single transaction with prepared statements; nothing is visible
/// until <see cref="Commit"/>, and the file lives in a build folder that is discarded if the build fails.
/// </summary>
internal sealed class IndexDatabaseWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _insertParagraph;
    private readonly SqliteCommand _insertRejection;

    public IndexDatabaseWriter(string databasePath)
    {
        _connection = IndexDatabase.CreateNew(databasePath);
        _transaction = _connection.BeginTransaction();
        _insertArticle = Prepare(
            "INSERT INTO articles (ordinal, id, outlet, date, year, title, url) VALUES ($ordinal, $id, $outlet, $date, $year, $title, $url)",
            "$ordinal", "$id", "$outlet", "$date", "$year", "$title", "$url");
        _insertParagraph = Prepare(
            """
            INSERT INTO paragraphs (ordinal, article_ordinal, paragraph, kind, rule, speakers, stance, stance_evidence, text)
            VALUES ($ordinal, $article, $paragraph, $kind, $rule, $speakers, $stance, $evidence, $text)
            """,
            "$ordinal", "$article", "$paragraph", "$kind", "$rule", "$speakers", "$stance", "$evidence", "$text");
        _insertRejection = Prepare("INSERT INTO rejections (source, reason) VALUES ($source, $reason)", "$source", "$reason");
    }

    public void WriteArticle(int ordinal, Article article) =>
        Run(_insertArticle, ordinal, article.Id, article.Outlet, article.Date, article.Year, article.Title, article.Url);

    /// <summary>
    /// Writes a paragraph. Content paragraphs must come first, each with its document ordinal (0, 1, 2…); the
    /// others follow with <paramref name="documentOrdinal"/> null and SQLite numbers them after the last one.
    /// </summary>
    public void WriteParagraph(int articleOrdinal, AnalyzedParagraph paragraph, int? documentOrdinal) =>
        Run(
            _insertParagraph,
            documentOrdinal,
            articleOrdinal,
            paragraph.Index,
            paragraph.Kind.ToString().ToLowerInvariant(),
            paragraph.Rule,
            StoredList.Join(paragraph.Speakers),
            paragraph.Stance?.ToName(),
            StoredList.Join(paragraph.StanceEvidence),
            paragraph.Text);

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
