using Lucene.Net.Search;

namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// One named part of a hit's score: the BM25 of the query as typed (<c>bm25</c>) or one boost.
/// <see cref="HasExclusion"/> marks a part built on an exclusion (a synonym where the query's own form is absent),
/// whose scorer <see cref="BoostRescorer"/> restricts to the hits being rescored.
/// </summary>
internal sealed record RankingPart(string Name, Query Query, bool HasExclusion = false)
{
    /// <summary>When above 0, the part's constant is raised to at least this share of the best BM25 score of the hits.</summary>
    public double TopScoreShare { get; init; }
}

/// <summary>
/// A query and its ranking: <see cref="Matching"/> is the compiled query, which decides the hits and their BM25
/// (the first of <see cref="Parts"/>); the other parts are the boosts, added to the BM25 of the best hits by
/// <see cref="BoostRescorer"/>. A hit's score is the sum of its parts.
/// </summary>
internal sealed record RankedQuery(Query Matching, IReadOnlyList<RankingPart> Parts)
{
    public IEnumerable<RankingPart> Boosts => Parts.Skip(1);

    public bool HasBoosts => Parts.Count > 1;

    /// <summary>
    /// The parts with <see cref="RankingPart.TopScoreShare"/> raised to that share of <paramref name="bestBm25"/>, the
    /// best BM25 of the hits: the same on every page, since every page is cut from the same best hits.
    /// </summary>
    public RankedQuery ScaledTo(float bestBm25) => this with
    {
        Parts = [.. Parts.Select(part =>
        {
            var floor = (float)(part.TopScoreShare * bestBm25);
            if (part.TopScoreShare <= 0 || floor <= part.Query.Boost)
            {
                return part;
            }

            var raised = (Query)part.Query.Clone();
            raised.Boost = floor;
            return part with { Query = raised };
        })],
    };
}

/// <summary>One part of a hit's score, with Lucene's own explanation of it.</summary>
public sealed record ScorePart(string Name, double Score, string Detail);

/// <summary>Why a hit scored what it did: the sum of its parts (<c>explain=true</c>).</summary>
public sealed record ScoreExplanation(double Score, IReadOnlyList<ScorePart> Parts);
