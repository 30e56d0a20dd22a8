using System.CommandLine;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Indexer.Commands;

/// <summary>The default command: build the index from a corpus and print what was read, kept and dropped.</summary>
internal static class BuildCommand
{
    public static RootCommand Create()
    {
        var input = CommandOptions.Input();
        var index = CommandOptions.Index();
        var command = new RootCommand("Builds the PolicySearch index from a corpus (default command).") { input, index };
        command.SetAction(parseResult => Run(parseResult.GetValue(input)!, parseResult.GetValue(index)!));
        return command;
    }

    private static int Run(string input, string index)
    {
        var report = new IndexBuilder().Build(input, index, new SynchronousProgress(Console.Error));
        Console.WriteLine($"Articles:   {report.ArticlesRead} read, {report.ArticlesIndexed} indexed, {report.ArticlesRejected} rejected");
        Console.WriteLine($"Paragraphs: {report.ParagraphsIndexed} indexed, {report.ParagraphsBoilerplate} dropped as boilerplate, {report.ParagraphsTitle} titles");
        foreach (var rejection in report.Rejections)
        {
            Console.WriteLine($"Rejected:   {rejection.Source}: {rejection.Reason}");
        }

        Console.WriteLine($"Index:      {Path.GetFullPath(index)} ({report.Elapsed.TotalSeconds:F1} s: read and analyse {report.AnalysisTime.TotalSeconds:F1} (read done at {report.ReadTime.TotalSeconds:F1}), write {report.WriteTime.TotalSeconds:F1})");
        return 0;
    }

    /// <summary>Prints progress on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine($"  {value}");
    }
}
