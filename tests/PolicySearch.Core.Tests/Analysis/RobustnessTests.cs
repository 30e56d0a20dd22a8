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
    public void Analyze_HugeParagraph_FindsItsSpeaker()
    {
        // Its speed is the benchmark's to measure (long-paragraph): a timed assertion here failed on a busy machine.
        var sentence = "“We will not comply,” Sen. Mark Hill said, according to the Daily Herald, as a Justice Department official and the governor’s office (GO) disagreed. ";
        var huge = string.Concat(Enumerable.Repeat(sentence, 400));

        var paragraphs = TestAnalysis.Paragraphs(huge);

        Assert.Contains("Mark Hill", paragraphs[0].Speakers);
    }

    [Fact]
    public void Analyze_FiveMegabyteSingleLineArticle_ReadsAsItsOwnSentencesDo()
    {
        // One line of 5 MB (a file without line breaks): one paragraph, whose speakers are those of its sentences,
        // in the order they first speak, however often they repeat. Quadratic steps had made this take over ten minutes.
        var sentences = new[]
        {
            "“Illinois has been welcoming of immigrants for a long time,” Gov. Bruce Rauner said on Monday.",
            "Mayor Ana Núñez, who leads the city council, said the ordinance “keeps families together.”",
            "According to the Justice Department, detainers are “requests, not orders.”",
            "“This is a dangerous law,” said state Sen. Kyle Brandt (R-Lake).",
            "She added that the police chief, Tom Reyes, had told officers to ignore the requests.",
        };
        var block = string.Join(' ', sentences) + ' ';
        var expected = TestAnalysis.Paragraphs(block)[0];
        var huge = string.Concat(Enumerable.Repeat(block, (5 * 1024 * 1024 / block.Length) + 1));

        var paragraphs = TestAnalysis.Paragraphs(huge);

        var paragraph = Assert.Single(paragraphs);
        Assert.Equal(ParagraphKind.Content, paragraph.Kind);
        Assert.True(paragraph.Text.Length >= 5 * 1024 * 1024);
        Assert.Equal(expected.Speakers, paragraph.Speakers);
        Assert.Contains("Bruce Rauner", paragraph.Speakers);
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
