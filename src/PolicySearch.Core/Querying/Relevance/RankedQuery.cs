using Lucene.Net.Search;

namespace PolicySearch.Core.Querying.Relevance;

/// <summary>One named part of a hit's score: the BM25 of the query as typed (<c>bm25</c>) or one boost.</summary>
internal sealed record RankingPart(string Name, Query Query);

/// <summary>
/// A query and its ranking: <see cref="Matching"/> is the compiled query, which decides the hits and their BM25;
/// <see cref="Boosts"/> is the OR of the boosts (null when none applies), added to the BM25 of the best hits by
/// <see cref="BoostRescorer"/>. BM25's coordination factor is 1, so a hit's score is the sum of its parts.
/// </summary>
internal sealed record RankedQuery(Query Matching, Query? Boosts, IReadOnlyList<RankingPart> Parts);

/// <summary>One part of a hit's score, with Lucene's own explanation of it.</summary>
public sealed record ScorePart(string Name, double Score, string Detail);

/// <summary>Why a hit scored what it did: the sum of its parts (<c>explain=true</c>).</summary>
public sealed record ScoreExplanation(double Score, IReadOnlyList<ScorePart> Parts);
