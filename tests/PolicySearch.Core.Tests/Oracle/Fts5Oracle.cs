using Microsoft.Data.Sqlite;

namespace PolicySearch.Core.Tests.Oracle;

/// <summary>
/// SQLite FTS5 with the tokenizer our analyzer must equal, in an in-memory database: documents get rowids
/// 0, 1, 2… (the same as our ordinals), <see cref="TermsByDocument"/> reads the index back through
/// fts5vocab, <see cref="Match"/> runs an FTS5 query.
/// </summary>
internal sealed class Fts5Oracle : IDisposable
{
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public Fts5Oracle(IEnumerable<string> documents)
    {
        _connection.Open();
        Execute($"CREATE VIRTUAL TABLE t USING fts5(text, tokenize='{Tokenizer}');" +
                "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');");
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO t(rowid, text) VALUES ($rowid, $text)";
        var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var ordinal = 0;
        foreach (var document in documents)
        {
            rowid.Value = ordinal++;
            text.Value = document;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        DocumentCount = ordinal;
    }

    public int DocumentCount { get; }

    /// <summary>Each document's terms in token order, as FTS5 indexed them.</summary>
    public List<string>[] TermsByDocument()
    {
        var terms = Enumerable.Range(0, DocumentCount).Select(_ => new List<(int Offset, string Term)>()).ToArray();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT doc, offset, term FROM v";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            terms[reader.GetInt32(0)].Add((reader.GetInt32(1), reader.GetString(2)));
        }

        return [.. terms.Select(list => list.OrderBy(t => t.Offset).Select(t => t.Term).ToList())];
    }

    /// <summary>The rowids FTS5 matches for <paramref name="fts5Query"/>, ascending.</summary>
    public int[] Match(string fts5Query)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM t WHERE t MATCH $query ORDER BY rowid";
        command.Parameters.AddWithValue("$query", fts5Query);
        using var reader = command.ExecuteReader();
        var rowids = new List<int>();
        while (reader.Read())
        {
            rowids.Add(reader.GetInt32(0));
        }

        return [.. rowids];
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
