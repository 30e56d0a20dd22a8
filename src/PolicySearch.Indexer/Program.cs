using System.CommandLine;
using PolicySearch.Core;
using PolicySearch.Indexer.Commands;

// One console for the index stage: build (default), and the analysis commands registered beside it.
var root = BuildCommand.Create();
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(EvaluateRelevanceCommand.Create());
root.Subcommands.Add(TrainStanceCommand.Create());

try
{
    // The default handler would print a stack trace; user errors are reported below instead.
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (PolicySearchException e)
{
    // Errors a user can cause (missing input, empty corpus, bad gold file) get a message, not a stack trace.
    Console.Error.WriteLine($"error: {e.Message} [{e.Code}]");
    return 1;
}
