namespace PolicySearch.Core.Corpus;

/// <summary>
/// A corpus read as it is consumed, so that the index build can analyse the first articles while the rest
/// are still being read: <see cref="Articles"/> may be enumerated once; <see cref="Rejections"/> and
/// <see cref="Read"/> are complete only once it has been enumerated to the end.
/// </summary>
internal sealed class CorpusStream(IEnumerable<Article> articles, IReadOnlyList<CorpusRejection> rejections, Func<int> read)
{
    public IEnumerable<Article> Articles { get; } = articles;

    public IReadOnlyList<CorpusRejection> Rejections { get; } = rejections;

    /// <summary>Articles seen so far: the ones read plus the ones rejected (see <see cref="CorpusReadResult.Read"/>).</summary>
    public int Read => read();

    /// <summary>A corpus already read whole (a folder of files, which is small), handed out as a stream.</summary>
    public static CorpusStream Of(CorpusReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Articles, result.Rejections, () => result.Read);
    }
}
