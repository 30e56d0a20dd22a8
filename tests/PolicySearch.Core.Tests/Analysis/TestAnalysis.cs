using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Runs the shipped analyser over hand-written paragraphs.</summary>
internal static class TestAnalysis
{
    private static readonly Lazy<ArticleAnalyzer> Analyzer = new(ArticleAnalyzer.CreateDefault);

    /// <summary>The shipped data with the stance model left out: what the stance rules decide alone.</summary>
    private static readonly Lazy<ArticleAnalyzer> RulesAnalyzer = new(() =>
    {
        using var copy = new DataCopy();
        copy.UseStanceModel("");
        return ArticleAnalyzer.FromDataFolder(copy.Path);
    });

    /// <summary>One article made of the given paragraphs (one per line), analysed alone.</summary>
    public static IReadOnlyList<AnalyzedParagraph> Paragraphs(params string[] paragraphs) => Article(null, paragraphs);

    public static IReadOnlyList<AnalyzedParagraph> Article(string? title, params string[] paragraphs) =>
        Analyzer.Value.Analyze([new Article("test", "Test Outlet", "2024-01-01", title, null, string.Join("\n\n", paragraphs))])[0].Paragraphs;

    /// <summary>As <see cref="Paragraphs"/>, with the stance decided by the rules alone (the tests of the stance rules).</summary>
    public static IReadOnlyList<AnalyzedParagraph> ParagraphsByRules(params string[] paragraphs) =>
        RulesAnalyzer.Value.Analyze([new Article("test", "Test Outlet", "2024-01-01", null, null, string.Join("\n\n", paragraphs))])[0].Paragraphs;

    public static IReadOnlyList<AnalyzedArticle> Corpus(params Article[] articles) => Analyzer.Value.Analyze(articles);
}
