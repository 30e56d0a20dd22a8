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
    /// <summary>Until the last article was read: the corpus streams into the analysis, so this overlaps <see cref="AnalysisTime"/>.</summary>
    public TimeSpan ReadTime { get; init; }

    /// <summary>
    /// Reading (streamed in), classification, speakers and stance (<see cref="Analysis.ArticleAnalyzer"/>): from the
    /// start until the analysis is done.
    /// </summary>
    public TimeSpan AnalysisTime { get; init; }

    /// <summary>SQLite beside the Lucene index, then the swap.</summary>
    public TimeSpan WriteTime => Elapsed - AnalysisTime;

    public int ArticlesRejected => Rejections.Count;
}
