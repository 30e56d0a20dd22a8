using System.Diagnostics;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Odd input must never break analysis: captured pages hold every kind of debris.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("“")]
    [InlineData("\"")]
    [InlineData("’s office said")]
    [InlineData("said")]
    [InlineData("According to")]
    [InlineData("— , . ; : ! ?")]
    [InlineData("He said. She said. They said.")]
    [InlineData("“Unclosed quote said Gov.")]
    [InlineData("Gov. Sen. Rep. Mayor said")]
    [InlineData("A police department in")]
    [InlineData("The governor’s office")]
    [InlineData("🙂 Emoji 🙂 said “🙂”, the 🙂 official continued.")]
    [InlineData("(((((((((((((((((((((((((((((( said")]
    [InlineData("tabs\tand\r\nwindows\r\nline ends")]
    public void Analyze_OddParagraph_DoesNotThrow(string text)
    {
        var paragraphs = TestAnalysis.Paragraphs(text, text);

        Assert.All(paragraphs, p => Assert.DoesNotContain(p.Speakers, s => string.IsNullOrWhiteSpace(s)));
    }

    [Fact]
    public void Analyze_HugeParagraph_FinishesQuickly()
    {
        var sentence = "“We will not comply,” Sen. Mark Hill said, according to the Daily Herald, as a Justice Department official and the governor’s office (GO) disagreed. ";
        var huge = string.Concat(Enumerable.Repeat(sentence, 400));
        var watch = Stopwatch.StartNew();

        var paragraphs = TestAnalysis.Paragraphs(huge);

        Assert.Contains("Mark Hill", paragraphs[0].Speakers);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Analyze_SameInputTwice_GivesTheSameOutput()
    {
        var articles = CorpusReader.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "seeds")).Articles;
        var analyzer = ArticleAnalyzer.CreateDefault();

        var first = analyzer.Analyze(articles).SelectMany(a => a.Paragraphs).Select(Describe).ToList();
        var second = analyzer.Analyze(articles).SelectMany(a => a.Paragraphs).Select(Describe).ToList();

        Assert.Equal(first, second);
    }

    private static string Describe(AnalyzedParagraph p) =>
        $"{p.ArticleId}#{p.Index} {p.Kind} {p.Rule} [{string.Join("|", p.Speakers)}] {p.Stance} [{string.Join("|", p.StanceEvidence)}]";
}
