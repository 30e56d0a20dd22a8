using System.CommandLine;
using System.Globalization;

namespace PolicySearch.Benchmarks.LongParagraphs;

/// <summary><c>long-paragraph --sizes 100000,400000 [--run-on] [--write DIR]</c>: the analysis time of single-paragraph articles.</summary>
internal static class LongParagraphCommand
{
    public static Command Create(Option<ulong> seed)
    {
        var sizes = new Option<string>("--sizes")
        {
            Description = "Comma-separated article sizes in characters.",
            DefaultValueFactory = _ => "100000,400000,1000000,5000000",
        };
        var runOn = new Option<bool>("--run-on") { Description = "Make the whole article one sentence (sentence ends become commas)." };
        var write = new Option<string?>("--write") { Description = "Also write each article as a corpus folder DIR/long-SIZE (for the Indexer's analyze)." };
        var command = new Command("long-paragraph", "Time the analysis of one-paragraph articles of growing size.") { sizes, seed, runOn, write };
        command.SetAction(result => LongParagraphBenchmark.Run(
            [.. result.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            result.GetValue(seed),
            result.GetValue(runOn),
            result.GetValue(write)));
        return command;
    }
}
