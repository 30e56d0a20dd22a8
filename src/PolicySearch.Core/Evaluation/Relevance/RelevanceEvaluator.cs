using PolicySearch.Core.Querying.Relevance;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Evaluation.Relevance;

/// <summary>One query's measures under one ranking, with the ranked (article, paragraph) ids.</summary>
public sealed record QueryScore(JudgedQuery Query, double Ndcg10, double Precision5, double ReciprocalRank, IReadOnlyList<string> Ranked)
{
    /// <summary>The scores of <see cref="Ranked"/>, in order.</summary>
    public IReadOnlyList<double> Scores { get; init; } = [];
}

/// <summary>Mean measures over a set of queries (one class, or all).</summary>
public sealed record RankingSummary(string Name, int Queries, double Ndcg10, double Precision5, double Mrr);

/// <summary>
/// Runs judged queries through the product's <see cref="SearchEngine"/> (its query language, analysis and ranking)
/// and measures the rankings against the judgments (<see cref="RankingMetrics"/>).
/// </summary>
public static class RelevanceEvaluator
{
    /// <summary>How deep each ranking is read: MRR looks this far, nDCG and P@5 less.</summary>
    public const int Depth = SearchRequest.MaxPageSize;

    public static IReadOnlyList<QueryScore> Run(SearchEngine engine, RelevanceJudgments judgments, RelevanceOptions options) =>
        [.. judgments.Queries.Select(query => Score(engine, judgments, query, options))];

    public static QueryScore Score(SearchEngine engine, RelevanceJudgments judgments, JudgedQuery query, RelevanceOptions options)
    {
        var result = engine.Search(new SearchRequest { Query = query.Text, PageSize = Depth, CountFacets = false, Relevance = options });
        var grades = result.Hits.Select(hit => judgments.Grade(query.Id, hit.Document.ArticleId, hit.Document.Paragraph)).ToList();
        var ideal = judgments.IdealGrades(query.Id);
        return new QueryScore(query, RankingMetrics.NdcgAt(10, grades, ideal), RankingMetrics.PrecisionAt(5, grades),
            RankingMetrics.ReciprocalRank(grades), [.. result.Hits.Select(hit => hit.Document.Id)])
        {
            Scores = [.. result.Hits.Select(hit => hit.Score)],
        };
    }

    /// <summary>Per class (in first-seen order), then "all".</summary>
    public static IReadOnlyList<RankingSummary> Summarise(IReadOnlyList<QueryScore> scores)
    {
        var summaries = scores.GroupBy(score => score.Query.Class, StringComparer.Ordinal)
            .Select(group => Summary(group.Key, [.. group]))
            .ToList();
        summaries.Add(Summary("all", scores));
        return summaries;
    }

    private static RankingSummary Summary(string name, IReadOnlyList<QueryScore> scores) => scores.Count == 0
        ? new RankingSummary(name, 0, 0, 0, 0)
        : new RankingSummary(name, scores.Count, scores.Average(s => s.Ndcg10), scores.Average(s => s.Precision5), scores.Average(s => s.ReciprocalRank));
}
