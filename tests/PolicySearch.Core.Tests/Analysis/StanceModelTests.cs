using PolicySearch.Core.Analysis;
using PolicySearch.Core.Analysis.Lexicons;
using PolicySearch.Core.Analysis.Stances;
using PolicySearch.Core.Corpus;
using PolicySearch.Core.Evaluation;
using PolicySearch.Training;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// The learned half of the stance decision: the shipped model is what its training parts train, its reading agrees
/// with ML.NET's own, its evidence is readable, and a data folder can leave it out or break it with a clear message.
/// </summary>
public class StanceModelTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "Analysis", "Data");

    /// <summary>The training rows of the parts listed in the repository's stance-training.tsv (its seeds line reads ../shared).</summary>
    private static readonly Lazy<List<(string Text, string Stance)>> TrainingRows = new(() =>
    {
        var parts = StanceTrainingRows.ReadParts(Path.Combine(RepositoryRoot(), "tests", "PolicySearch.Core.Tests", "TestData", "devset", "stance-training.tsv"));
        var analyzer = ArticleAnalyzer.CreateDefault();
        return parts.SelectMany(p => StanceTrainingRows.Collect(analyzer.Analyze(CorpusReader.Read(p.Corpus).Articles), GoldSet.Load(p.Gold)).Rows).ToList();
    });

    private static readonly Lazy<(StanceModel Model, double[][] LibraryProbabilities)> Retrained = new(() => StanceModelTrainer.Train(TrainingRows.Value));

    [Fact]
    public void ShippedModel_IsWhatItsTrainingPartsTrain()
    {
        var shipped = StanceModel.Load(Path.Combine(Shipped, "stance-model.tsv"));
        var largest = 0.0;
        foreach (var (text, _) in TrainingRows.Value)
        {
            var words = WordTokenizer.Tokenize(text);
            var a = shipped.Read(words).Probabilities;
            var b = Retrained.Value.Model.Read(words).Probabilities;
            largest = Math.Max(largest, a.Zip(b, (x, y) => Math.Abs(x - y)).Max());
        }

        // Not bit for bit: the library's sums may round differently on another processor.
        Assert.True(largest < 1e-3, $"the shipped model differs from a fresh training by up to {largest:0.000000} in a probability: train it again (Analysis/Data/README.md)");
    }

    [Fact]
    public void Reading_AgreesWithTheLibrarysOwnPrediction()
    {
        var (model, library) = Retrained.Value;
        var rows = TrainingRows.Value;
        for (var i = 0; i < rows.Count; i++)
        {
            var ours = model.Read(WordTokenizer.Tokenize(rows[i].Text)).Probabilities;
            for (var stance = 0; stance < 3; stance++)
            {
                Assert.True(Math.Abs(ours[stance] - library[i][stance]) < 1e-4, $"row {i}, {(Stance)stance}: ours {ours[stance]:0.00000}, ML.NET {library[i][stance]:0.00000}");
            }
        }
    }

    [Fact]
    public void Evidence_NamesTheRulesTheModelAndItsWords()
    {
        var paragraph = TestAnalysis.Paragraphs("Advocates say the ordinance protects immigrant families who fear deportation and keeps police out of federal immigration enforcement.")[0];

        var evidence = paragraph.StanceEvidence;
        Assert.Contains(evidence, e => e.StartsWith("rules:", StringComparison.Ordinal));
        var model = Assert.Single(evidence, e => e.StartsWith("model:", StringComparison.Ordinal));
        Assert.Matches(@"^model:supports=\d\.\d\d,opposes=\d\.\d\d,neutral=\d\.\d\d$", model);
        var words = Assert.Single(evidence, e => e.StartsWith("model-words:", StringComparison.Ordinal));
        Assert.All(words["model-words:".Length..].Split('|'), w => Assert.Contains(w, paragraph.Text.ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public void Blend_RulesSideWinsUnlessTheModelIsSurerOfAnother()
    {
        var model = StanceModel.Load(Path.Combine(Shipped, "stance-model.tsv"));
        var bonus = LexiconFiles.Load<StanceFile>(Shipped, "stance.json").RuleSideBonus;
        foreach (var paragraph in TestAnalysis.Paragraphs([.. TrainingRows.Value.Take(200).Select(r => r.Text)]).Where(p => p.Stance is not null))
        {
            var rules = StanceNames.FromName(paragraph.StanceEvidence.Single(e => e.StartsWith("rules:", StringComparison.Ordinal))["rules:".Length..])!.Value;
            var reading = model.Read(WordTokenizer.Tokenize(paragraph.Text));
            double Weight(Stance s) => reading.Of(s) + (s == rules && s != Stance.Neutral ? bonus : 0);
            Assert.True(Weight(paragraph.Stance!.Value) >= new[] { Stance.Supports, Stance.Opposes, Stance.Neutral }.Max(Weight) - 1e-9, paragraph.Text);
        }
    }

    [Fact]
    public void DataFolderWithoutModel_DecidesByTheRulesAlone()
    {
        using var copy = new DataCopy();
        copy.UseStanceModel("");

        var paragraph = ArticleAnalyzer.FromDataFolder(copy.Path).Analyze([Article("The ordinance keeps the city welcoming.")])[0].Paragraphs[0];

        Assert.Equal(Stance.Supports, paragraph.Stance);
        Assert.DoesNotContain(paragraph.StanceEvidence, e => e.StartsWith("model", StringComparison.Ordinal) || e.StartsWith("rules:", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingModelFile_IsReported()
    {
        using var copy = new DataCopy();
        File.Delete(Path.Combine(copy.Path, "stance-model.tsv"));

        var ex = Assert.Throws<PolicySearchException>(() => ArticleAnalyzer.FromDataFolder(copy.Path));

        Assert.Equal("analysis.data-missing", ex.Code);
        Assert.Contains("stance-model.tsv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenModelFile_NamesTheLine()
    {
        using var copy = new DataCopy();
        File.WriteAllText(Path.Combine(copy.Path, "broken-model.tsv"), "words\tidf\tsupports\topposes\tneutral\n(bias)\t\t0\t0\t0\nfear\t1.5\t0.2\tnot-a-number\t0\n");
        copy.UseStanceModel("broken-model.tsv");

        var ex = Assert.Throws<PolicySearchException>(() => ArticleAnalyzer.FromDataFolder(copy.Path));

        Assert.Equal("analysis.data-invalid", ex.Code);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not-a-number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_WithoutEveryLabel_IsRefused()
    {
        var ex = Assert.Throws<PolicySearchException>(() => StanceModelTrainer.Train([("Sanctuary cities protect immigrants.", "supports"), ("The council met.", "neutral")]));

        Assert.Equal("stance-model.training-invalid", ex.Code);
    }

    private static Article Article(string text) => new("a1", "Outlet", "2020-01-01", "Title", null, text);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PolicySearch.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No PolicySearch.sln above {AppContext.BaseDirectory}.");
    }
}
