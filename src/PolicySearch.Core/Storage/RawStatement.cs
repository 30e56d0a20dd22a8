using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PolicySearch.Core.Storage;

/// <summary>
/// One prepared statement run through SQLitePCL directly, for the statements that run once per row of a large
/// corpus or per returned hit: the build's INSERTs and the reads of stored paragraphs. A <see cref="SqliteCommand"/>
/// execution costs microseconds of managed work each time (a data reader, parameters bound by name, and each
/// column read asking SQLite for the column's type first): on the build's critical path for every paragraph, and
/// about 40% of a stored-field lookup (9–13 µs → 6–8 µs measured). Values are bound and read as
/// Microsoft.Data.Sqlite binds and reads them: text as UTF-8, integers as 64-bit, null as NULL. Parameters are
/// numbered from 1 in the statement's order, columns from 0.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_database, sql, out _statement), _database);
    }

    public void Bind(int parameter, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, parameter) : raw.sqlite3_bind_text(_statement, parameter, value));

    /// <summary>Binds text already encoded as UTF-8 (see <see cref="EncodedParagraph"/>); null binds NULL.</summary>
    public void Bind(int parameter, byte[]? utf8) =>
        Check(utf8 is null ? raw.sqlite3_bind_null(_statement, parameter) : raw.sqlite3_bind_text(_statement, parameter, utf8.AsSpan()));

    /// <summary>Binds text already encoded as UTF-8.</summary>
    public void Bind(int parameter, ReadOnlyMemory<byte> utf8) => Check(raw.sqlite3_bind_text(_statement, parameter, utf8.Span));

    public void Bind(int parameter, long? value) =>
        Check(value is { } number ? raw.sqlite3_bind_int64(_statement, parameter, number) : raw.sqlite3_bind_null(_statement, parameter));

    /// <summary>Runs a statement that returns no rows (an INSERT) as bound so far; every parameter must be bound again for the next run.</summary>
    public void Run()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }

    /// <summary>
    /// Moves to the next row of the statement as bound (the first, the first time); false when none is left.
    /// Call <see cref="Reset"/> before binding and running it again.
    /// </summary>
    public bool Next()
    {
        var result = raw.sqlite3_step(_statement);
        if (result is raw.SQLITE_ROW or raw.SQLITE_DONE)
        {
            return result == raw.SQLITE_ROW;
        }

        var error = new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result);
        raw.sqlite3_reset(_statement);
        throw error;
    }

    /// <summary>Ready to run again: drops the row and the statement's read position (bindings stay).</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    /// <summary>A NOT NULL text column of the current row (an empty string if it is NULL after all).</summary>
    public string Text(int column) => Decode(raw.sqlite3_column_blob(_statement, column));

    public string? NullableText(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : Text(column);

    public int Int32(int column) => raw.sqlite3_column_int(_statement, column);

    public int? NullableInt32(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int(_statement, column);

    public void Dispose() => _statement.Dispose();

    private static string Decode(ReadOnlySpan<byte> utf8) => utf8.IsEmpty ? "" : Encoding.UTF8.GetString(utf8);

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _database);
}
