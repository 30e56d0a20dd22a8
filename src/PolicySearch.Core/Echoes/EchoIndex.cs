using PolicySearch.Core.Indexing;
using PolicySearch.Core.Search;
using PolicySearch.Core.Storage;

namespace PolicySearch.Core.Echoes;

/// <summary>How widely a paragraph's quotation is echoed: the other paragraphs carrying it, and their outlets other than its own.</summary>
public sealed record EchoSummary(int Paragraphs, int Outlets);

/// <summary>A paragraph that carries the same quotation, with its article; <see cref="Earliest"/> when no member of its groups is dated before it.</summary>
public sealed record Echo(ParagraphDocument Document, ArticleInfo Article, bool Quoted, bool Earliest);

/// <summary>The echoes of one passage, oldest first (undated last); <see cref="Earliest"/> says whether the passage itself is the earliest.</summary>
public sealed record PassageEchoes(string Id, bool Earliest, IReadOnlyList<string> Quotations, IReadOnlyList<Echo> Echoes);

/// <summary>
/// The echo groups of an index (written at build time by <see cref="EchoFinder"/>), read into memory when the index
/// opens: only echoed paragraphs are in them, a small share of a corpus. Outlets and dates come from the search
/// index's per-document columns, so a hit's summary costs no database read; a passage's echoes read their paragraphs.
/// </summary>
public sealed class EchoIndex
{
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> _groupsOf = [];
    private readonly List<List<(int Ordinal, bool Quoted)>> _members = [];
    private readonly List<string> _quotations = [];
    private readonly Dictionary<int, EchoSummary> _summaries = [];
    private readonly SearchIndex _index;

    private EchoIndex(SearchIndex index) => _index = index;

    public int GroupCount => _members.Count;

    /// <summary>Reads the groups of the database at <paramref name="databasePath"/>.</summary>
    public static EchoIndex Load(string databasePath, SearchIndex index)
    {
        var echoes = new EchoIndex(index);
        using var connection = IndexDatabase.OpenReadOnly(databasePath);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, quotation FROM echo_groups ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                echoes._quotations.Add(reader.GetString(1));
                echoes._members.Add([]);
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT m.group_id, m.ordinal, m.quoted, a.id, p.paragraph
                FROM echo_members m JOIN paragraphs p ON p.ordinal = m.ordinal JOIN articles a ON a.ordinal = p.article_ordinal
                ORDER BY m.group_id, m.ordinal
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var (group, ordinal) = (reader.GetInt32(0), reader.GetInt32(1));
                echoes._members[group].Add((ordinal, reader.GetInt32(2) != 0));
                echoes._ordinals[ParagraphDocument.MakeId(reader.GetString(3), reader.GetInt32(4))] = ordinal;
                if (!echoes._groupsOf.TryGetValue(ordinal, out var groups))
                {
                    echoes._groupsOf[ordinal] = groups = [];
                }

                groups.Add(group);
            }
        }

        var outlets = index.Facet(FacetNames.Outlet).Ordinals;
        foreach (var ordinal in echoes._groupsOf.Keys)
        {
            var others = echoes.Others(ordinal).ToList();
            echoes._summaries[ordinal] = new EchoSummary(
                others.Count, others.Select(o => outlets[o.Ordinal]).Where(o => o != outlets[ordinal]).Distinct().Count());
        }

        return echoes;
    }

    /// <summary>The summary of the paragraph <paramref name="id"/>, or null when its words are echoed nowhere.</summary>
    public EchoSummary? Summary(string id) =>
        _ordinals.TryGetValue(id, out var ordinal) ? _summaries[ordinal] : null;

    /// <summary>The echoes of the paragraph <paramref name="id"/> (none when it is not echoed), with their stored paragraphs.</summary>
    public PassageEchoes Find(string id, IDocumentSource documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (!_ordinals.TryGetValue(id, out var ordinal))
        {
            return new PassageEchoes(id, false, [], []);
        }

        var dates = _index.Dates.Keys;
        var others = Others(ordinal).ToList();
        var dated = others.Select(o => dates[o.Ordinal]).Append(dates[ordinal]).Where(key => key > 0).ToList();
        var first = dated.Count > 0 ? dated.Min() : 0;
        bool IsEarliest(int o) => first > 0 && dates[o] == first;
        var echoes = others
            .OrderBy(o => dates[o.Ordinal] > 0 ? dates[o.Ordinal] : int.MaxValue).ThenBy(o => o.Ordinal)
            .Select(o =>
            {
                var (document, article) = documents.GetDocument(o.Ordinal);
                return new Echo(document, article, o.Quoted, IsEarliest(o.Ordinal));
            })
            .ToList();
        return new PassageEchoes(id, IsEarliest(ordinal), [.. _groupsOf[ordinal].Select(g => _quotations[g])], echoes);
    }

    /// <summary>The other members of the paragraph's groups, each once (quoted if it quotes in any of them).</summary>
    private IEnumerable<(int Ordinal, bool Quoted)> Others(int ordinal) =>
        _groupsOf[ordinal].SelectMany(g => _members[g])
            .Where(m => m.Ordinal != ordinal)
            .GroupBy(m => m.Ordinal)
            .Select(g => (g.Key, g.Any(m => m.Quoted)));
}
