using System.CommandLine;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Evaluation;
using PolicySearch.Training;

namespace PolicySearch.Indexer.Commands;

/// <summary>
/// <c>train-stance --parts PARTS.tsv --output stance-model.tsv</c>: trains the stance model on gold-labelled corpora.
/// Each line of the parts file names a corpus folder and its gold file, tab-separated, relative to the parts file
/// (lines starting with '#' are comments). The development set's list is
/// <c>tests/PolicySearch.Core.Tests/TestData/devset/stance-training.tsv</c>.
/// </summary>
internal static class TrainStanceCommand
{
    public static Command Create()
    {
        var parts = new Option<string>("--parts") { Description = "Tab-separated list of corpus folder and gold file, one pair per line", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the model (tab-separated weights)", Required = true };
        var command = new Command("train-stance", "Train the stance model on gold-labelled corpora") { parts, output };
        command.SetAction(parseResult => CorpusConsole.Run(() =>
        {
            var list = parseResult.GetValue(parts)!;
            var rows = new List<(string Text, string Stance)>();
            var analyzer = ArticleAnalyzer.CreateDefault();
            foreach (var (corpus, gold) in StanceTrainingRows.ReadParts(list))
            {
                var (partRows, unaligned) = StanceTrainingRows.Collect(analyzer.Analyze(CorpusConsole.Read(corpus).Articles), GoldSet.Load(gold));
                Console.Error.WriteLine($"{gold}: {partRows.Count} paragraphs, {unaligned} gold paragraphs without a matching one (not trained on)");
                rows.AddRange(partRows);
            }

            var counts = string.Join(", ", rows.GroupBy(r => r.Stance).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            StanceModelTrainer.Train(rows, parseResult.GetValue(output)!, [
                $"The stance model: written by `PolicySearch.Indexer train-stance --parts {Path.GetFileName(list)}`; do not edit by hand, train again.",
                $"Trained on {rows.Count} gold content paragraphs ({counts}) of the parts listed there.",
                $"Features: words of two letters or more and neighbouring pairs in at least {StanceModelTrainer.MinimumDocumentFrequency} paragraphs; value (1 + ln count) x idf, unit length.",
                $"Multinomial logistic regression (ML.NET L-BFGS maximum entropy, L2 {StanceModelTrainer.L2Regularization}, classes weighted equally).",
                "Columns: the feature's words, its inverse document frequency, its weight for supports, opposes, neutral.",
            ]);
            Console.WriteLine($"trained on {rows.Count} paragraphs ({counts})");
            return 0;
        }));
        return command;
    }
}
