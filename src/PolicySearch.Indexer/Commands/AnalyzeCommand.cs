using System.CommandLine;
using PolicySearch.Core.Analysis;

namespace PolicySearch.Indexer.Commands;

/// <summary>
/// <c>analyze --input DIR|FILE.jsonl</c>: prints the analysis of every paragraph as JSON lines, in file order
/// (SPEC §3), with the rule that decided each kind and the evidence for each stance. Rejections go to stderr.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Corpus folder (*.txt + articles.json) or .jsonl file", DefaultValueFactory = _ => "seeds" };
        var command = new Command("analyze", "Print the analysis of every paragraph as JSON lines") { input };
        command.SetAction(parseResult => CorpusConsole.Run(() =>
        {
            var corpus = CorpusConsole.Read(parseResult.GetValue(input)!);
            var analyzed = ArticleAnalyzer.CreateDefault().Analyze(corpus.Articles);
            using var stdout = Console.OpenStandardOutput();
            using var buffered = new BufferedStream(stdout, 1 << 16);
            foreach (var paragraph in analyzed.SelectMany(a => a.Paragraphs))
            {
                AnalysisJson.Write(buffered, paragraph);
            }

            return 0;
        }));
        return command;
    }
}
