using PolicySearch.Core.Querying.Execution;
using PolicySearch.Core.Querying.Parsing;
using PolicySearch.Core.Tests.Search;

namespace PolicySearch.Core.Tests.Querying;

/// <summary>Every iterator kind, driven past its end, keeps answering NoMoreDocs instead of wrapping or throwing.</summary>
public class IteratorTests
{
    private static readonly PolicySearch.Core.Search.SearchIndex Index = TestCorpus.Engine(
        new TestParagraph("detainer warrant judge"),
        new TestParagraph("warrant judge", Outlet: "Outlet B"),
        new TestParagraph("detainer judge")).Index;

    [Theory]
    [InlineData("judge")]
    [InlineData("jud*")]
    [InlineData("")]
    [InlineData("outlet:\"Outlet B\" OR detainer")]
    [InlineData("detainer OR warrant")]
    [InlineData("detainer AND judge")]
    [InlineData("judge -warrant")]
    [InlineData("+judge warrant")]
    [InlineData("\"warrant judge\"")]
    [InlineData("\"judge detainer\"~3")]
    [InlineData("\"warrant judge\" AND detainer")]
    [InlineData("-detainer")]
    public void Iterators_PastTheEnd_StayExhausted(string query)
    {
        var iterator = new QueryCompiler(Index, accept: null).Compile(QueryParser.Parse(query));
        while (iterator.NextDoc() != DocIterator.NoMoreDocs)
        {
        }

        Assert.Equal(DocIterator.NoMoreDocs, iterator.NextDoc());
        Assert.Equal(DocIterator.NoMoreDocs, iterator.NextDoc());
        Assert.Equal(DocIterator.NoMoreDocs, iterator.Doc);
    }

    [Theory]
    [InlineData("judge", new[] { 0, 1, 2 })]
    [InlineData("jud*", new[] { 0, 1, 2 })]
    [InlineData("detainer OR warrant", new[] { 0, 1, 2 })]
    [InlineData("judge -warrant", new[] { 2 })]
    [InlineData("\"warrant judge\"", new[] { 0, 1 })]
    [InlineData("\"warrant judge\" AND detainer", new[] { 0 })]
    [InlineData("\"judge detainer\" AND judge", new int[0])]
    [InlineData("\"detainer judge\"~1 AND \"warrant judge\"", new[] { 0 })]
    public void Advance_SkipsToTheFirstMatchAtOrAfterTheTarget(string query, int[] matches)
    {
        for (var target = 0; target <= 3; target++)
        {
            var iterator = new QueryCompiler(Index, accept: null).Compile(QueryParser.Parse(query));

            var expected = matches.Where(m => m >= target).DefaultIfEmpty(DocIterator.NoMoreDocs).First();

            Assert.Equal(expected, iterator.Advance(target));
        }
    }
}
