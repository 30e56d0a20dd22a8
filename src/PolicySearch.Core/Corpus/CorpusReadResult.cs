namespace PolicySearch.Core.Corpus;

/// <summary>
/// What a corpus read produced: the articles ready for analysis and every article, file or manifest entry
/// that was rejected, with the reason. Nothing is dropped silently (SPEC §1).
/// </summary>
public sealed record CorpusReadResult(IReadOnlyList<Article> Articles, IReadOnlyList<CorpusRejection> Rejections)
{
    /// <summary>Articles seen: the ones read plus the ones rejected (a malformed manifest as a whole is not an article).</summary>
    public int Read { get; init; } = Articles.Count;
}

/// <summary>
/// One rejected input. <see cref="Source"/> names where it came from (a file name, <c>articles.json[3]</c>,
/// <c>corpus.jsonl:12</c>) so that a researcher can find and fix it.
/// </summary>
public sealed record CorpusRejection(string Source, string Reason);
