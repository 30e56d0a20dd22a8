namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// The speakers of each paragraph of one article, whether each paragraph voices its speakers (a quote or a
/// speech verb, as opposed to a fact sourced "according to" them), and the article's discourse for name lists.
/// </summary>
internal sealed record ArticleAttribution(IReadOnlyList<IReadOnlyList<Entity>> Speakers, IReadOnlyList<bool> Voiced, ArticleDiscourse Discourse);
