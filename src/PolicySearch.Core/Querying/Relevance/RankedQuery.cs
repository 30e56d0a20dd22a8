using Lucene.Net.Search;

namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// One named part of a hit's score: the BM25 of the query as typed (<c>bm25</c>) or one boost.
/// <see cref="HasExclusion"/> marks a part built on an exclusion (a synonym where the query's own form is absent),
/// whose scorer <see cref="BoostRescorer"/> restricts to the hits being rescored.
/// </summary>
internal sealed record RankingPart(string Name, Query Query, bool HasExclusion = false);

/// <summary>
/// A query and its ranking: <see cref="Matching"/> is the compiled query, which decides the hits and their BM25
/// (the first of <see cref="Parts"/>); the other parts are the boosts, added to the BM25 of the best hits by
/// <see cref="BoostRescorer"/>. A hit's score is the sum of its parts.
/// </summary>
internal sealed record RankedQuery(Query Matching, IReadOnlyList<RankingPart> Parts)
{
    public IEnumerable<RankingPart> Boosts => Parts.Skip(1);

    public bool HasBoosts => Parts.Count > 1;
}

/// <summary>One part of a hit's score, with Lucene's own explanation of it.</summary>
public sealed record ScorePart(string Name, double Score, string Detail);

/// <summary>Why a hit scored what it did: the sum of its parts (<c>explain=true</c>).</summary>
public sealed record ScoreExplanation(double Score, IReadOnlyList<ScorePart> Parts);
