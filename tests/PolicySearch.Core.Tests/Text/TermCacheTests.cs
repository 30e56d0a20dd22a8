using PolicySearch.Core.Tests.Oracle;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Tests.Text;

/// <summary>The highlighter's token → term cache must give exactly what the analyzer gives, full or not, on any thread.</summary>
public class TermCacheTests
{
    private static readonly string[] Tokens =
    [
        .. GeneratedCorpus.TrickyWords,
        "Detainers", "detainers", "DETAINERS", "warrant", "Warrants", "López", "LÓPEZ", "naïve", "Straße", "ICE",
        "a", "is", "running", "generalizations", "Ωμέγα", "ǅemal", "ﬁnance",
    ];

    [Fact]
    public void Analyze_GivesTheAnalyzersTerm_FirstTimeAndCached()
    {
        var cache = new TermCache();
        foreach (var pass in new[] { "first", "cached" })
        {
            foreach (var token in Tokens)
            {
                Assert.True(TextAnalyzer.AnalyzeToken(token) == cache.Analyze(token), $"{pass}: {token}");
            }
        }

        Assert.Equal(Tokens.Distinct(StringComparer.Ordinal).Count(), cache.Count);
    }

    [Fact]
    public void Analyze_WhenFull_KeepsNoMore_AndStillAnalyses()
    {
        var cache = new TermCache(capacity: 3);

        var terms = Tokens.Select(token => cache.Analyze(token.AsSpan())).ToList();

        Assert.Equal(3, cache.Count);
        Assert.Equal(Tokens.Select(token => TextAnalyzer.AnalyzeToken(token)), terms);
    }

    [Fact]
    public void Analyze_FromManyThreads_AgreesWithTheAnalyzer()
    {
        var cache = new TermCache(capacity: 500);
        var words = GeneratedCorpus.Paragraphs(400, seed: 7, SeedTexts.Words())
            .SelectMany(paragraph => TextAnalyzer.Analyze(paragraph).Select(token => paragraph[token.Start..token.End]))
            .ToArray();

        var wrong = 0;
        Parallel.For(0, 8, worker =>
        {
            for (var i = worker; i < words.Length; i += 3)
            {
                if (cache.Analyze(words[i]) != TextAnalyzer.AnalyzeToken(words[i]))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
        Assert.InRange(cache.Count, 1, 500 + 8);
    }
}
