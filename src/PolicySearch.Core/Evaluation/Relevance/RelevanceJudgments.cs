using System.Globalization;

namespace PolicySearch.Core.Evaluation.Relevance;

/// <summary>One judged query: its id, text as a researcher types it, class (keyword, phrase, concept, speaker...) and need.</summary>
public sealed record JudgedQuery(string Id, string Text, string Class, string Need);

/// <summary>
/// Graded relevance judgments in the seeds' TSV format: <c>queries.tsv</c> (query_id, query, type,
/// information_need) and <c>qrels.tsv</c> (query_id, query, article_id, paragraph_index, grade). Both have a header
/// row and no quoting (phrase queries hold literal double quotes). A paragraph not listed has grade 0.
/// </summary>
public sealed class RelevanceJudgments
{
    private readonly Dictionary<string, Dictionary<(string ArticleId, int Paragraph), int>> _grades;

    private RelevanceJudgments(IReadOnlyList<JudgedQuery> queries, Dictionary<string, Dictionary<(string, int), int>> grades)
    {
        Queries = queries;
        _grades = grades;
    }

    public IReadOnlyList<JudgedQuery> Queries { get; }

    public int Grade(string queryId, string articleId, int paragraph) =>
        _grades.TryGetValue(queryId, out var grades) && grades.TryGetValue((articleId, paragraph), out var grade) ? grade : 0;

    /// <summary>The query's grades of its judged paragraphs, best first (for the ideal ranking).</summary>
    public IReadOnlyList<int> IdealGrades(string queryId) =>
        _grades.TryGetValue(queryId, out var grades) ? [.. grades.Values.Where(g => g > 0).OrderDescending()] : [];

    /// <exception cref="PolicySearchException">A file is missing or a row is malformed (code <c>relevance.judgments</c>).</exception>
    public static RelevanceJudgments Load(string queriesPath, string qrelsPath)
    {
        var queries = new List<JudgedQuery>();
        foreach (var (fields, line) in Rows(queriesPath, minimumFields: 3))
        {
            queries.Add(new JudgedQuery(fields[0], fields[1], fields[2], fields.Length > 3 ? fields[3] : ""));
        }

        var known = queries.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var grades = new Dictionary<string, Dictionary<(string, int), int>>(StringComparer.Ordinal);
        foreach (var (fields, line) in Rows(qrelsPath, minimumFields: 5))
        {
            if (!known.Contains(fields[0])
                || !int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph)
                || !int.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var grade))
            {
                throw new PolicySearchException("relevance.judgments", $"{qrelsPath}, line {line}: expected a known query id, a paragraph index and a grade.");
            }

            if (!grades.TryGetValue(fields[0], out var byParagraph))
            {
                grades[fields[0]] = byParagraph = [];
            }

            byParagraph[(fields[2], paragraph)] = grade;
        }

        return new RelevanceJudgments(queries, grades);
    }

    private static IEnumerable<(string[] Fields, int Line)> Rows(string path, int minimumFields)
    {
        if (!File.Exists(path))
        {
            throw new PolicySearchException("relevance.judgments", $"Judgment file not found: {path}");
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || line.Length == 0)
            {
                continue; // the header row
            }

            var fields = line.Split('\t');
            if (fields.Length < minimumFields)
            {
                throw new PolicySearchException("relevance.judgments", $"{path}, line {number}: expected {minimumFields} tab-separated fields.");
            }

            yield return (fields, number);
        }
    }
}
