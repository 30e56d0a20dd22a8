using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// The analysis gives the same result however busy the machine is (SPEC §3). It once did not: a regex that ran
/// out of its time limit counted as "no match", and a timestamp line became a title-case teaser under load.
/// </summary>
public class AnalysisUnderLoadTests
{
    [Theory]
    [InlineData("seeds")]
    [InlineData("devset/tune-d/articles")]
    public void Corpus_AnalysedWhileEveryCoreSpins_GivesTheIdleResult(string folder)
    {
        var articles = CorpusReader.Read(Path.Combine([AppContext.BaseDirectory, "TestData", .. folder.Split('/')])).Articles;
        var idle = Describe(ArticleAnalyzer.CreateDefault(), articles);

        using var load = new CpuLoad(Environment.ProcessorCount * 2);
        // A fresh analyser too: its patterns are compiled, and first run, while the cores are busy.
        var busy = Enumerable.Range(0, 3).Select(_ => Describe(ArticleAnalyzer.CreateDefault(), articles)).ToList();

        Assert.All(busy, run => Assert.Equal(idle, run));
    }

    private static List<string> Describe(ArticleAnalyzer analyzer, IReadOnlyList<Article> articles) =>
        analyzer.Analyze(articles).SelectMany(a => a.Paragraphs)
            .Select(p => $"{p.ArticleId}#{p.Index} {p.Kind} {p.Rule} [{string.Join("|", p.Speakers)}] {p.Stance} [{string.Join("|", p.StanceEvidence)}]")
            .ToList();

    /// <summary>Threads that spin until disposed, keeping every core busy.</summary>
    private sealed class CpuLoad : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Thread[] threads;

        public CpuLoad(int threadCount)
        {
            threads = [.. Enumerable.Range(0, threadCount).Select(_ => new Thread(Spin) { IsBackground = true })];
            foreach (var thread in threads)
            {
                thread.Start();
            }
        }

        private void Spin()
        {
            var x = 0UL;
            while (!stop.IsCancellationRequested)
            {
                x = (x * 6364136223846793005UL) + 1442695040888963407UL;
            }

            GC.KeepAlive(x);
        }

        public void Dispose()
        {
            stop.Cancel();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            stop.Dispose();
        }
    }
}
