using PolicySearch.Core.Querying;
using PolicySearch.Core.Querying.Parsing;
using PolicySearch.Core.Search;
using PolicySearch.Core.Tests.Oracle;
using PolicySearch.Core.Tests.Search;

namespace PolicySearch.Core.Tests.Querying;

/// <summary>For generated queries, our engine must match exactly the paragraphs FTS5 matches.</summary>
public class QueryOracleTests
{
    [Fact]
    public void Execute_GeneratedQueries_MatchSameParagraphsAsFts5()
    {
        var paragraphs = GeneratedCorpus.Paragraphs(1500, seed: 42, SeedTexts.Words());
        var engine = TestCorpus.Engine(paragraphs.Select(p => new TestParagraph(p)));
        using var oracle = new Fts5Oracle(paragraphs);
        var generator = new QueryGenerator(seed: 7, paragraphs);
        var queries = Enumerable.Range(0, 400).Select(_ => generator.Next()).ToList();
        var translator = new Fts5QueryTranslator(generator.SurfaceByTerm, generator.SurfaceByPrefix);

        var differences = new List<string>();
        foreach (var query in queries)
        {
            var tree = QueryParser.Parse(query);
            var fts5Query = translator.Translate(tree);
            var expected = oracle.Match(fts5Query);
            var actual = AllMatches(engine.Index, tree);
            if (!actual.SequenceEqual(expected))
            {
                differences.Add($"{query}  →  {tree}  →  {fts5Query}: ours {actual.Length}, FTS5 {expected.Length}");
            }
        }

        Assert.Empty(differences);

        // The comparison proves little unless every kind of query matches something somewhere.
        int Matching(Func<string, bool> kind) => queries.Where(kind).Count(q => oracle.Match(translator.Translate(QueryParser.Parse(q))).Length > 0);
        Assert.True(Matching(_ => true) > queries.Count / 4);
        Assert.True(Matching(q => q.Contains('~')) >= 20);
        Assert.True(Matching(q => q.Contains('*')) >= 20);
        Assert.True(Matching(q => q.Contains(" NOT ") || q.Contains(" -")) >= 20);
        Assert.True(Matching(q => q.StartsWith('"') && !q.Contains('~')) >= 10);
    }

    /// <summary>Every document the compiled Lucene query matches, in document order (= the oracle's rowid order).</summary>
    private static int[] AllMatches(SearchIndex index, QueryNode tree)
    {
        var query = new QueryCompiler(index).Compile(tree);
        var hits = index.Searcher.Search(query, Math.Max(1, index.DocumentCount));
        return [.. hits.ScoreDocs.Select(hit => hit.Doc).Order()];
    }
}
