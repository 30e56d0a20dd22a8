using Lucene.Net.Util;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>
/// BM25 values computed by hand from Lucene 4.8's formula (k1 = 1.2, b = 0.75, with the (k1 + 1) factor), the
/// paragraph length as Lucene stores it (one lossy byte, <c>SmallSingle</c>), sorting and paging. Lucene computes
/// in single precision, so scores are compared to 5 decimals.
/// </summary>
public class RankingTests
{
    private const int Decimals = 5;

    // N = 3 paragraphs, 2 + 3 + 4 = 9 tokens, avgdl = 3.
    private static readonly SearchEngine Fruit = TestCorpus.Engine(
        new TestParagraph("apple banana"),
        new TestParagraph("apple apple cherry"),
        new TestParagraph("banana cherry date egg"));

    private static readonly double IdfDf2 = Idf(3, 2);
    private static readonly double IdfDf1 = Idf(3, 1);

    private static double Idf(int documents, int documentFrequency) =>
        Math.Log(1 + ((documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>The length Lucene's norm gives back: 1/√length encoded in one byte, decoded, squared and inverted.</summary>
    private static double StoredLength(int length)
    {
        var decoded = SmallSingle.Byte315ToSingle(SmallSingle.SingleToByte315((float)(1 / Math.Sqrt(length))));
        return 1.0 / (decoded * decoded);
    }

    private static double Bm25(double idf, double frequency, int length, double averageLength) =>
        idf * frequency * 2.2 / (frequency + (1.2 * (1 - 0.75 + (0.75 * StoredLength(length) / averageLength))));

    [Fact]
    public void Search_Term_ScoresWithLuceneBm25()
    {
        var result = Fruit.Search("apple");

        Assert.Equal(["apple apple cherry", "apple banana"], result.Texts());
        Assert.Equal(Bm25(IdfDf2, 2, 3, 3), result.Hits[0].Score, Decimals);
        Assert.Equal(Bm25(IdfDf2, 1, 2, 3), result.Hits[1].Score, Decimals);
    }

    [Fact]
    public void Search_Phrase_ScoresAsSumOfIdfsTimesPhraseFrequency()
    {
        var hit = Assert.Single(Fruit.Search("\"banana cherry\"").Hits);

        Assert.Equal(Bm25(2 * IdfDf2, 1, 4, 3), hit.Score, Decimals);
    }

    [Fact]
    public void Search_Or_SumsTheMatchingClauses()
    {
        var result = Fruit.SearchBm25("cherry date");

        Assert.Equal(["banana cherry date egg", "apple apple cherry"], result.Texts());
        Assert.Equal(Bm25(IdfDf2, 1, 4, 3) + Bm25(IdfDf1, 1, 4, 3), result.Hits[0].Score, Decimals);
    }

    [Fact]
    public void Search_FieldedFilterAndNegation_AddNoScore()
    {
        var plain = Fruit.Search("apple").Hits[0].Score;

        Assert.Equal(plain, Fruit.Search("apple -egg outlet:\"Outlet A\"").Hits[0].Score, Decimals);
        Assert.Equal(plain, Fruit.Search("apple AND (outlet:\"Outlet A\" OR stance:supports)").Hits[0].Score, Decimals);
    }

    [Fact]
    public void Search_TermFrequencyAbove255_ScoresExactly()
    {
        var engine = TestCorpus.Engine(new TestParagraph(string.Join(' ', Enumerable.Repeat("warrant", 300))), new TestParagraph("judge"));

        Assert.Equal(Bm25(Idf(2, 1), 300, 300, 150.5), engine.Search("warrant").Hits[0].Score, Decimals);
    }

    [Fact]
    public void Search_ParagraphOf70000Tokens_ScoresWithItsStoredLength()
    {
        var engine = TestCorpus.Engine(
            new TestParagraph("warrant " + string.Join(' ', Enumerable.Repeat("filler", 69_999))), new TestParagraph("warrant judge"));

        var hits = engine.Search("warrant").Hits;

        Assert.Equal(Bm25(Idf(2, 2), 1, 2, 35_001), hits[0].Score, Decimals);
        Assert.Equal(Bm25(Idf(2, 2), 1, 70_000, 35_001), hits[1].Score, Decimals);
    }

    [Fact]
    public void Index_WordLongerThanLuceneAcceptsForATerm_IsCutNotRejected()
    {
        // IndexWriter refuses terms over 32,766 bytes; the tokenizer cuts words at 255 characters, so no input can.
        var engine = TestCorpus.Engine(new TestParagraph("warrant " + new string('x', 40_000) + " judge"));

        Assert.Equal(1, engine.Search("warrant").Total);
        Assert.Equal(1, engine.Search("judge").Total);
    }

    [Fact]
    public void Search_EqualScores_KeepDocumentOrderAcrossPages()
    {
        var engine = TestCorpus.Engine(Enumerable.Range(0, 25).Select(i => new TestParagraph("same words here")));

        var pages = Enumerable.Range(1, 3).SelectMany(page => engine.Search("words", page: page, pageSize: 10).Hits).ToList();

        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"a{i:D4}"), pages.Select(h => h.Article.ArticleId));
    }

    [Fact]
    public void Search_EqualScoresOfAnOr_KeepDocumentOrderAcrossPages()
    {
        // An OR of terms is scored out of document order (a window at a time); ties must still fall to document order.
        var engine = TestCorpus.Engine(Enumerable.Range(0, 2500).Select(i => new TestParagraph(i % 2 == 0 ? "same words here" : "other text")));

        var pages = Enumerable.Range(1, 13).SelectMany(page => engine.Search("same here", page: page, pageSize: 100).Hits).ToList();

        Assert.Equal(Enumerable.Range(0, 1250).Select(i => $"a{2 * i:D4}"), pages.Select(h => h.Article.ArticleId));
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
        Assert.Equal(["banana cherry date egg"], Fruit.SearchBm25("apple banana cherry", page: 2, pageSize: 2).Texts());
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
            new TestParagraph("warrant judge", Date: "2017-08"),
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
