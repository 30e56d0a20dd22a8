using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PolicySearch.Core.Storage;

/// <summary>
/// One prepared INSERT, run row after row through SQLitePCL directly. A <see cref="SqliteCommand"/> execution
/// costs microseconds of managed work per row (a data reader, parameters bound by name), which a build pays for
/// every paragraph of the corpus on its critical path. Values are bound as Microsoft.Data.Sqlite binds them:
/// text as UTF-8, integers as 64-bit, null as NULL. Parameters are numbered from 1, in the statement's order.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public PreparedInsert(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_database, sql, out _statement), _database);
    }

    public void Bind(int parameter, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, parameter) : raw.sqlite3_bind_text(_statement, parameter, value));

    /// <summary>Binds text already encoded as UTF-8 (see <see cref="EncodedParagraph"/>); null binds NULL.</summary>
    public void Bind(int parameter, byte[]? utf8) =>
        Check(utf8 is null ? raw.sqlite3_bind_null(_statement, parameter) : raw.sqlite3_bind_text(_statement, parameter, utf8.AsSpan()));

    public void Bind(int parameter, long? value) =>
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, parameter, number) : raw.sqlite3_bind_null(_statement, parameter));

    /// <summary>Inserts the row bound so far; every parameter must be bound again for the next row.</summary>
    public void Run()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _database);
}
