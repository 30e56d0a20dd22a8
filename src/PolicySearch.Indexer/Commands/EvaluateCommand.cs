using System.CommandLine;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Evaluation;

namespace PolicySearch.Indexer.Commands;

/// <summary>
/// <c>evaluate --input DIR --gold GOLD.jsonl</c>: analyses the corpus, scores it against gold labels
/// (<see cref="AnalysisEvaluator"/>) and prints the figures and the worst errors.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Corpus folder or .jsonl file", DefaultValueFactory = _ => "seeds" };
        var gold = new Option<string>("--gold") { Description = "Gold labels, one JSON object per block", Required = true };
        var worst = new Option<int>("--errors") { Description = "How many of the worst errors to list", DefaultValueFactory = _ => 40 };
        var command = new Command("evaluate", "Score the analysis against gold labels") { input, gold, worst };
        command.SetAction(parseResult => CorpusConsole.Run(() =>
        {
            var corpus = CorpusConsole.Read(parseResult.GetValue(input)!);
            var goldRows = GoldSet.Load(parseResult.GetValue(gold)!);
            var report = AnalysisEvaluator.Evaluate(ArticleAnalyzer.CreateDefault().Analyze(corpus.Articles), goldRows);
            EvaluationPrinter.Print(Console.Out, report, parseResult.GetValue(worst));
            return 0;
        }));
        return command;
    }
}
