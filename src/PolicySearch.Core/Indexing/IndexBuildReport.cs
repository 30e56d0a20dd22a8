using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Indexing;

/// <summary>What one index build read, kept and dropped: nothing is lost silently.</summary>
public sealed record IndexBuildReport(
    int ArticlesRead,
    int ArticlesIndexed,
    IReadOnlyList<CorpusRejection> Rejections,
    int ParagraphsIndexed,
    int ParagraphsBoilerplate,
    int ParagraphsTitle,
    TimeSpan Elapsed)
{
    public int ArticlesRejected => Rejections.Count;
}
