using System.CommandLine;
using System.Globalization;
using PolicySearch.Core.Evaluation.Relevance;
using PolicySearch.Core.Indexing;
using PolicySearch.Core.Querying.Relevance;

namespace PolicySearch.Indexer.Commands;

/// <summary>
/// <c>evaluate-relevance --input DIR --queries Q.tsv --qrels R.tsv</c>: builds an index of the corpus in a temporary
/// folder (or opens <c>--index</c>), runs every judged query through the product's search engine, and prints nDCG@10,
/// P@5 and MRR per query class and overall for the product's ranking and for plain BM25 (every boost off) side by side.
/// <c>--set speaker=2,title=0.3</c> changes the product's weights for an experiment; <c>--per-query</c> lists each query.
/// </summary>
internal static class EvaluateRelevanceCommand
{
    public static Command Create()
    {
        var input = CommandOptions.Input();
        var index = new Option<string?>("--index") { Description = "An index built from the corpus to use instead of building one" };
        var queries = new Option<string>("--queries") { Description = "Judged queries: query_id, query, type, information_need (TSV)", Required = true };
        var qrels = new Option<string>("--qrels") { Description = "Graded judgments: query_id, query, article_id, paragraph_index, grade (TSV)", Required = true };
        var settings = new Option<string?>("--set") { Description = "Weights for this run, e.g. speaker=2,synonym=0.5,proximity=0.5,slop=4,title=0.2" };
        var perQuery = new Option<bool>("--per-query") { Description = "Print every query's figures and top ranks" };
        var run = new Option<string?>("--run") { Description = "Also write both rankings (top 100) as a TREC run file, e.g. to pool paragraphs for judging" };
        var command = new Command("evaluate-relevance", "Measure the ranking against graded judgments, beside plain BM25")
        {
            input, index, queries, qrels, settings, perQuery, run,
        };
        command.SetAction(parseResult => CorpusConsole.Run(() =>
        {
            var judgments = RelevanceJudgments.Load(parseResult.GetValue(queries)!, parseResult.GetValue(qrels)!);
            var options = parseResult.GetValue(settings) is { } set ? RelevanceOptions.Default.With(set) : RelevanceOptions.Default;
            var existing = parseResult.GetValue(index);
            var folder = existing ?? Path.Combine(Path.GetTempPath(), "policysearch-relevance-" + Guid.NewGuid().ToString("N"));
            try
            {
                if (existing is null)
                {
                    new IndexBuilder().Build(parseResult.GetValue(input)!, folder);
                }

                using var opened = PolicySearchIndex.Open(folder);
                var product = RelevanceEvaluator.Run(opened.Engine, judgments, options);
                var plain = RelevanceEvaluator.Run(opened.Engine, judgments, RelevanceOptions.None);
                Print(Console.Out, options, product, plain, parseResult.GetValue(perQuery));
                if (parseResult.GetValue(run) is { } runPath)
                {
                    WriteRun(runPath, product, plain);
                }

                return 0;
            }
            finally
            {
                if (existing is null && Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }));
        return command;
    }

    /// <summary>trec_eval's run format: query_id Q0 paragraph_id rank score tag (tag: product or bm25).</summary>
    private static void WriteRun(string path, IReadOnlyList<QueryScore> product, IReadOnlyList<QueryScore> plain)
    {
        using var writer = new StreamWriter(path);
        foreach (var (scores, tag) in new[] { (product, "product"), (plain, "bm25") })
        {
            foreach (var score in scores)
            {
                for (var rank = 0; rank < score.Ranked.Count; rank++)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Query.Id} Q0 {score.Ranked[rank]} {rank + 1} {score.Scores[rank]:0.######} {tag}"));
                }
            }
        }
    }

    private static void Print(TextWriter output, RelevanceOptions options, IReadOnlyList<QueryScore> product, IReadOnlyList<QueryScore> plain, bool perQuery)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"product weights: speaker {options.SpeakerBoost} (at least {options.LeadingSpeakerShare} of the best BM25 when the query opens with the name), synonym {options.SynonymBoost}, proximity {options.ProximityBoost} (slop {options.ProximitySlop}), title {options.TitleBoost} ({(options.TitleMatchesPhrases ? "words and quoted phrases" : "unquoted words")}), coverage {options.CoverageBoost}, stance {options.StanceShare} of the best BM25, stop-word pairs {(options.ProximitySkipsStopWords ? "skipped" : "kept")}, proximity {(options.ProximitySkipsSpeakerQueries ? "off" : "on")} for queries naming a speaker"));
        output.WriteLine();
        output.WriteLine("class          queries   nDCG@10 product  BM25     P@5 product  BM25     MRR product  BM25");
        var plainByName = RelevanceEvaluator.Summarise(plain).ToDictionary(summary => summary.Name, StringComparer.Ordinal);
        foreach (var summary in RelevanceEvaluator.Summarise(product))
        {
            var bm25 = plainByName[summary.Name];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Name,-14} {summary.Queries,7}   {summary.Ndcg10,14:0.000}  {bm25.Ndcg10,5:0.000}  {summary.Precision5,10:0.000}  {bm25.Precision5,5:0.000}  {summary.Mrr,10:0.000}  {bm25.Mrr,5:0.000}"));
        }

        if (!perQuery)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("query  class      nDCG@10 product  BM25   query text / product top 5");
        for (var i = 0; i < product.Count; i++)
        {
            var (mine, theirs) = (product[i], plain[i]);
            var marker = mine.Ndcg10 < theirs.Ndcg10 - 0.0005 ? "  <" : mine.Ndcg10 > theirs.Ndcg10 + 0.0005 ? "  >" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mine.Query.Id,-6} {mine.Query.Class,-9} {mine.Ndcg10,15:0.000}  {theirs.Ndcg10,5:0.000}   {mine.Query.Text}{marker}"));
            output.WriteLine($"{"",40}{string.Join(" ", mine.Ranked.Take(5))}");
        }
    }
}
