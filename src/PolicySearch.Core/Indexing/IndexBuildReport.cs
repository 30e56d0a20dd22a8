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
    /// <summary>Reading and parsing the corpus.</summary>
    public TimeSpan ReadTime { get; init; }

    /// <summary>Classification, speakers and stance (<see cref="Analysis.ArticleAnalyzer"/>).</summary>
    public TimeSpan AnalysisTime { get; init; }

    /// <summary>SQLite and the in-memory search structures (side by side), then the snapshot and the swap.</summary>
    public TimeSpan WriteTime => Elapsed - ReadTime - AnalysisTime;

    public int ArticlesRejected => Rejections.Count;
}
