using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>BM25 values computed by hand from Lucene 8's formula (k1 = 1.2, b = 0.75), sorting and paging.</summary>
public class RankingTests
{
    // N = 3 paragraphs, 2 + 3 + 4 = 9 tokens, avgdl = 3.
    private static readonly SearchEngine Fruit = TestCorpus.Engine(
        new TestParagraph("apple banana"),
        new TestParagraph("apple apple cherry"),
        new TestParagraph("banana cherry date egg"));

    private static readonly double IdfDf2 = Math.Log(1 + ((3 - 2 + 0.5) / (2 + 0.5)));
    private static readonly double IdfDf1 = Math.Log(1 + ((3 - 1 + 0.5) / (1 + 0.5)));

    private static double Norm(int length) => 1.2 * (1 - 0.75 + (0.75 * length / 3.0));

    [Fact]
    public void Search_Term_ScoresWithLuceneBm25()
    {
        var result = Fruit.Search("apple");

        Assert.Equal(["apple apple cherry", "apple banana"], result.Texts());
        Assert.Equal(IdfDf2 * 2 / (2 + Norm(3)), result.Hits[0].Score, 12);
        Assert.Equal(IdfDf2 * 1 / (1 + Norm(2)), result.Hits[1].Score, 12);
    }

    [Fact]
    public void Search_Phrase_ScoresAsSumOfIdfsTimesPhraseFrequency()
    {
        var hit = Assert.Single(Fruit.Search("\"banana cherry\"").Hits);

        Assert.Equal(2 * IdfDf2 * 1 / (1 + Norm(4)), hit.Score, 12);
    }

    [Fact]
    public void Search_Or_SumsTheMatchingClauses()
    {
        var result = Fruit.Search("cherry date");

        Assert.Equal(["banana cherry date egg", "apple apple cherry"], result.Texts());
        Assert.Equal((IdfDf2 / (1 + Norm(4))) + (IdfDf1 / (1 + Norm(4))), result.Hits[0].Score, 12);
    }

    [Fact]
    public void Search_FieldedFilterAndNegation_AddNoScore()
    {
        var plain = Fruit.Search("apple").Hits[0].Score;

        Assert.Equal(plain, Fruit.Search("apple -egg outlet:\"Outlet A\"").Hits[0].Score, 12);
    }

    [Fact]
    public void Search_TermFrequencyAbove255_ScoresExactly()
    {
        var engine = TestCorpus.Engine(new TestParagraph(string.Join(' ', Enumerable.Repeat("warrant", 300))), new TestParagraph("judge"));
        var idf = Math.Log(1 + ((2 - 1 + 0.5) / (1 + 0.5)));
        var norm = 1.2 * (1 - 0.75 + (0.75 * 300 / 150.5));

        Assert.Equal(idf * 300 / (300 + norm), engine.Search("warrant").Hits[0].Score, 12);
    }

    [Fact]
    public void Search_ParagraphOf70000Tokens_ScoresWithItsExactLength()
    {
        // Lengths of 65,535 tokens and more do not fit the per-document entry and are kept aside.
        var engine = TestCorpus.Engine(
            new TestParagraph("warrant " + string.Join(' ', Enumerable.Repeat("filler", 69_999))), new TestParagraph("warrant judge"));
        var idf = Math.Log(1 + ((2 - 2 + 0.5) / (2 + 0.5)));
        static double LongNorm(int length) => 1.2 * (1 - 0.75 + (0.75 * length / 35_001.0));

        var hits = engine.Search("warrant").Hits;

        Assert.Equal(idf / (1 + LongNorm(2)), hits[0].Score, 12);
        Assert.Equal(idf / (1 + LongNorm(70_000)), hits[1].Score, 12);
    }

    [Fact]
    public void Search_EqualScores_KeepDocumentOrderAcrossPages()
    {
        var engine = TestCorpus.Engine(Enumerable.Range(0, 25).Select(i => new TestParagraph("same words here")));

        var pages = Enumerable.Range(1, 3).SelectMany(page => engine.Search("words", page: page, pageSize: 10).Hits).ToList();

        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"a{i:D4}"), pages.Select(h => h.Article.ArticleId));
    }

    [Fact]
    public void Search_PageBeyondTheEnd_IsEmptyWithTheSameTotal()
    {
        var result = Fruit.Search("apple", page: 5, pageSize: 10);

        Assert.Empty(result.Hits);
        Assert.Equal(2, result.Total);
        Assert.Equal(5, result.Page);
    }

    [Fact]
    public void Search_HugePageNumber_IsEmptyWithTheSameTotal()
    {
        var result = Fruit.Search("apple", page: int.MaxValue, pageSize: 100);

        Assert.Empty(result.Hits);
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public void Search_LastPartialPage_HoldsTheRemainingHits()
    {
        Assert.Equal(["banana cherry date egg"], Fruit.Search("apple banana cherry", page: 2, pageSize: 2).Texts());
    }

    [Fact]
    public void Search_PagesOfOne_ConcatenateToTheFullRanking()
    {
        var all = Fruit.Search("apple banana cherry", pageSize: 100).Texts();

        var paged = Enumerable.Range(1, all.Length).SelectMany(page => Fruit.Search("apple banana cherry", page: page, pageSize: 1).Texts());

        Assert.Equal(all, paged);
    }

    [Fact]
    public void Search_Newest_SortsByDateThenScoreAndPutsUndatedLast()
    {
        var engine = TestCorpus.Engine(
            new TestParagraph("warrant", Date: null),
            new TestParagraph("warrant", Date: "2016"),
            new TestParagraph("warrant warrant", Date: "2017-08"),
            new TestParagraph("warrant", Date: "2017-08"),
            new TestParagraph("warrant", Date: "2017-08-28"));

        var newest = engine.Search("warrant", SortOrder.Newest).Hits.Select(h => h.Article.ArticleId);
        var oldest = engine.Search("warrant", SortOrder.Oldest).Hits.Select(h => h.Article.ArticleId);

        Assert.Equal(["a0004", "a0002", "a0003", "a0001", "a0000"], newest);
        Assert.Equal(["a0001", "a0002", "a0003", "a0004", "a0000"], oldest);
    }

    [Theory]
    [InlineData(0, 10, "request.page")]
    [InlineData(-1, 10, "request.page")]
    [InlineData(1, 0, "request.page-size")]
    [InlineData(1, 101, "request.page-size")]
    public void Search_InvalidPaging_IsRejected(int page, int pageSize, string code)
    {
        var error = Assert.Throws<PolicySearchException>(() => Fruit.Search("apple", page: page, pageSize: pageSize));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Search_UnknownFilter_IsRejected()
    {
        var error = Assert.Throws<PolicySearchException>(() => Fruit.Search("apple", filters: ("color", "red")));

        Assert.Equal("request.filter", error.Code);
    }
}
