using Microsoft.Data.Sqlite;

namespace PolicySearch.Core.Storage;

/// <summary>
/// The SQLite database of an index folder: the source of truth. It holds every article, every paragraph of
/// every kind with its analysis (kind, rule, speakers, stance, evidence), the rejected inputs, and metadata
/// (schema version, build id and time, counts). The Lucene index beside it is written from the same analysis and
/// must name the same build id.
/// </summary>
public static class IndexDatabase
{
    /// <summary>Bumped whenever the tables change shape; an index of another version is rebuilt, not read.</summary>
    public const int SchemaVersion = 4;

    public const string FileName = "policysearch.db";

    /// <summary>
    /// A hit is one rowid lookup away: content paragraphs are numbered first, so a paragraph's rowid
    /// (<c>ordinal</c>) is the document ordinal the search structures know it by; boilerplate and title
    /// paragraphs are appended after them (rowids from the content count on). (article, paragraph) as the
    /// corpus numbers them is a unique index, for passages and article views.
    /// Speakers and stance evidence are stored as newline-joined lists (<see cref="StoredList"/>): they are read
    /// per hit, never queried in SQL, and a paragraph cannot contain a newline (the corpus splits on them).
    /// </summary>
    internal const string CreateSchemaSql = """
        CREATE TABLE metadata (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE articles (
            ordinal INTEGER PRIMARY KEY,
            id      TEXT NOT NULL UNIQUE,
            outlet  TEXT NOT NULL,
            date    TEXT,
            year    INTEGER,
            title   TEXT,
            url     TEXT
        );

        CREATE TABLE paragraphs (
            ordinal         INTEGER PRIMARY KEY,
            article_ordinal INTEGER NOT NULL REFERENCES articles (ordinal),
            paragraph       INTEGER NOT NULL,
            kind            TEXT NOT NULL CHECK (kind IN ('content', 'boilerplate', 'title')),
            rule            TEXT NOT NULL,
            speakers        TEXT NOT NULL,
            stance          TEXT,
            stance_evidence TEXT NOT NULL,
            text            TEXT NOT NULL,
            UNIQUE (article_ordinal, paragraph)
        );

        CREATE TABLE rejections (
            source TEXT NOT NULL,
            reason TEXT NOT NULL
        );

        CREATE TABLE echo_groups (
            id        INTEGER PRIMARY KEY,
            quotation TEXT NOT NULL
        );

        CREATE TABLE echo_members (
            group_id INTEGER NOT NULL REFERENCES echo_groups (id),
            ordinal  INTEGER NOT NULL REFERENCES paragraphs (ordinal),
            quoted   INTEGER NOT NULL,
            PRIMARY KEY (ordinal, group_id)
        ) WITHOUT ROWID;
        """;

    public static SqliteConnection OpenReadOnly(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        // An index database never changes once built (a rebuild writes a new folder and swaps it in), so a
        // reader may keep its shared lock for good. In the default mode every statement takes and drops the
        // lock and re-reads the file header to see whether the cache is stale: a few system calls per hit,
        // measured at ~6 of the ~9 µs of a stored-field lookup.
        Execute(connection, "PRAGMA locking_mode = EXCLUSIVE;");
        return connection;
    }

    internal static SqliteConnection CreateNew(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        // A build writes a brand-new file in a temporary folder that is discarded on failure, so the
        // rollback journal and fsyncs buy nothing; the swap of the finished folder is the commit point.
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;");
        Execute(connection, CreateSchemaSql);
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
