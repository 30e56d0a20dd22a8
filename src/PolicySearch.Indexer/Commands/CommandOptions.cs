using System.CommandLine;

namespace PolicySearch.Indexer.Commands;

/// <summary>The options the commands share, with the SPEC's defaults.</summary>
internal static class CommandOptions
{
    public static Option<string> Input() => new("--input")
    {
        Description = "A corpus folder (*.txt plus an optional articles.json manifest) or a .jsonl file.",
        DefaultValueFactory = _ => "seeds",
    };

    public static Option<string> Index() => new("--index")
    {
        Description = "The index folder to write (a SQLite database and a Lucene index).",
        DefaultValueFactory = _ => "index",
    };
}
