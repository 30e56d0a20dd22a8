using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Benchmarks.LongParagraphs;

/// <summary>
/// Times <see cref="ArticleAnalyzer"/> on one single-line article of each size (SPEC §3: any input is analysed
/// in time linear in its size), so that a quadratic step shows as a ratio: each size's seconds per MB should
/// stay flat as the size grows. Optionally writes each article as a corpus folder for
/// <c>PolicySearch.Indexer analyze --input DIR</c>.
/// </summary>
internal static class LongParagraphBenchmark
{
    public static int Run(IReadOnlyList<int> sizes, ulong seed, bool runOn, string? writeFolder)
    {
        var analyzer = ArticleAnalyzer.CreateDefault();
        // A small article first: the timings below are not the JIT's first compilation of the analysis.
        analyzer.Analyze([Article(LongParagraphText.Build(20_000, seed))]);

        Console.WriteLine($"{"characters",12} {"seconds",9} {"s per MB",9} {"paragraphs",10} {"speakers",9}");
        foreach (var size in sizes)
        {
            var text = LongParagraphText.Build(size, seed, runOn);
            if (writeFolder is not null)
            {
                Write(Path.Combine(writeFolder, $"{(runOn ? "run-on" : "long")}-{size}"), text);
            }

            var watch = Stopwatch.StartNew();
            var paragraphs = analyzer.Analyze([Article(text)])[0].Paragraphs;
            var seconds = watch.Elapsed.TotalSeconds;
            var speakers = paragraphs.Sum(p => p.Speakers.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{text.Length,12:N0} {seconds,9:F2} {seconds / (text.Length / 1e6),9:F2} {paragraphs.Count,10} {speakers,9}"));
        }

        return 0;
    }

    private static Article Article(string text) => new("long", "Benchmark Outlet", "2024-01-01", "A long article", null, text);

    /// <summary>The article as a corpus folder: its text file and a manifest naming its outlet, date and title.</summary>
    private static void Write(string folder, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "long.txt"), text);
        var manifest = new[] { new { file = "long.txt", outlet = "Benchmark Outlet", date = "2024-01-01", title = "A long article", url = (string?)null } };
        File.WriteAllText(Path.Combine(folder, "articles.json"), JsonSerializer.Serialize(manifest));
    }
}
