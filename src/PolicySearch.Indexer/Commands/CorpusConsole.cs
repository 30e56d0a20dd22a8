using PolicySearch.Core;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Indexer.Commands;

/// <summary>Console helpers shared by the analysis commands: read a corpus reporting rejections on stderr, and turn user errors into exit codes.</summary>
internal static class CorpusConsole
{
    public static CorpusReadResult Read(string input)
    {
        var result = CorpusReader.Read(input);
        foreach (var rejection in result.Rejections)
        {
            Console.Error.WriteLine($"rejected: {rejection.Source}: {rejection.Reason}");
        }

        Console.Error.WriteLine($"articles read {result.Read}, accepted {result.Articles.Count}, rejected {result.Read - result.Articles.Count}");
        return result;
    }

    /// <summary>Runs a command body; a <see cref="PolicySearchException"/> becomes a message and exit code 2.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (PolicySearchException ex)
        {
            Console.Error.WriteLine($"error ({ex.Code}): {ex.Message}");
            return 2;
        }
    }
}
