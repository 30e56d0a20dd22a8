using Lucene.Net.Index;
using Microsoft.Data.Sqlite;
using PolicySearch.Core.Indexing;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Indexing;

/// <summary>
/// The write and open path of an index folder: counts, the Lucene index checked against the database, the swap
/// that leaves a previous index intact, and clear errors for folders that hold no usable index.
/// </summary>
public sealed class IndexBuildTests : IDisposable
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "TestData", "seeds");
    private readonly string _root = Directory.CreateTempSubdirectory("policysearch-index-tests-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Build_Seeds_CountsEveryParagraph_AndWritesOneLuceneDocumentPerContentParagraph()
    {
        var report = new IndexBuilder().Build(Seeds, Folder("a"));

        var lines = Directory.GetFiles(Seeds, "*.txt").Sum(file => File.ReadAllLines(file).Count(line => !string.IsNullOrWhiteSpace(line)));
        Assert.Equal((5, 5, 0), (report.ArticlesRead, report.ArticlesIndexed, report.ArticlesRejected));
        Assert.Equal(lines, report.ParagraphsIndexed + report.ParagraphsBoilerplate + report.ParagraphsTitle);

        // A plain Lucene 4.8 reader (what Luke uses) opens the folder: one document per content paragraph, ids stored.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(IndexFolder.LucenePath(Folder("a"))))
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.Equal(report.ParagraphsIndexed, reader.NumDocs);
            Assert.Matches("^000_a5cd8bc06ca0a28d-[0-9]+$", reader.Document(0).Get(IndexFields.Id));
        }

        using var index = PolicySearchIndex.Open(Folder("a"));
        Assert.Equal(report.ParagraphsIndexed, index.Engine.Index.DocumentCount);
        Assert.Equal(report.ParagraphsIndexed, index.Metadata.ContentParagraphs);
        Assert.Equal(index.Metadata.BuildId, index.Engine.Index.BuildId);
    }

    [Fact]
    public void Build_LuceneDocumentIds_AreTheDatabaseOrder()
    {
        new IndexBuilder().Build(Seeds, Folder("a"));
        using var index = PolicySearchIndex.Open(Folder("a"));
        var reader = index.Engine.Index.Reader;

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            Assert.Equal(index.Engine.Documents.GetDocument(doc).Document.Id, reader.Document(doc).Get(IndexFields.Id));
        }
    }

    [Fact]
    public void Open_LuceneIndexOfAnotherBuild_IsRefusedWithTheReason()
    {
        new IndexBuilder().Build(Seeds, Folder("a"));
        new IndexBuilder().Build(Seeds, Folder("b"));
        var lucene = IndexFolder.LucenePath(Folder("b"));
        Directory.Delete(lucene, recursive: true);
        Directory.CreateDirectory(lucene);
        foreach (var file in Directory.GetFiles(IndexFolder.LucenePath(Folder("a"))))
        {
            File.Copy(file, Path.Combine(lucene, Path.GetFileName(file)));
        }

        var error = Assert.Throws<PolicySearchException>(() => PolicySearchIndex.Open(Folder("b")));

        Assert.Equal(PolicySearchIndex.UnavailableErrorCode, error.Code);
        Assert.Contains("does not belong to its database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingOrDamagedLuceneIndex_IsRefusedWithTheReason()
    {
        new IndexBuilder().Build(Seeds, Folder("a"));
        var segments = Directory.GetFiles(IndexFolder.LucenePath(Folder("a")), "segments_*").Single();
        File.WriteAllBytes(segments, File.ReadAllBytes(segments)[..10]);

        Assert.Equal(PolicySearchIndex.UnavailableErrorCode, Assert.Throws<PolicySearchException>(() => PolicySearchIndex.Open(Folder("a"))).Code);

        Directory.Delete(IndexFolder.LucenePath(Folder("a")), recursive: true);
        Assert.Equal(PolicySearchIndex.UnavailableErrorCode, Assert.Throws<PolicySearchException>(() => PolicySearchIndex.Open(Folder("a"))).Code);
    }

    [Fact]
    public void Build_WithNoReadableArticle_FailsAndLeavesThePreviousIndex()
    {
        new IndexBuilder().Build(Seeds, Folder("a"));
        var before = BuildId(Folder("a"));
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty-corpus")).FullName;
        File.WriteAllText(Path.Combine(empty, "blank.txt"), "   ");

        var error = Assert.Throws<PolicySearchException>(() => new IndexBuilder().Build(empty, Folder("a")));

        Assert.Equal("corpus.empty", error.Code);
        Assert.Equal(before, BuildId(Folder("a")));
        Assert.Equal([IndexFolder.LucenePath(Folder("a"))], Directory.GetDirectories(Folder("a")));
    }

    [Fact]
    public void Build_ClearsFoldersLeftByInterruptedBuilds()
    {
        var leftover = Directory.CreateDirectory(Path.Combine(Folder("a"), ".building-interrupted")).FullName;
        File.WriteAllText(Path.Combine(leftover, "policysearch.db"), "half written");

        new IndexBuilder().Build(Seeds, Folder("a"));

        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public void Open_IndexOfAnotherSchemaVersion_SaysSo()
    {
        new IndexBuilder().Build(Seeds, Folder("a"));
        using (var connection = new SqliteConnection($"Data Source={IndexFolder.DatabasePath(Folder("a"))};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE metadata SET value = '0' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<PolicySearchException>(() => PolicySearchIndex.Open(Folder("a")));

        Assert.Equal(PolicySearchIndex.SchemaVersionErrorCode, error.Code);
    }

    [Theory]
    [InlineData("not a database at all")]
    [InlineData("")]
    public void Open_FileThatIsNoIndexDatabase_IsInvalid(string content)
    {
        Directory.CreateDirectory(Folder("a"));
        File.WriteAllText(IndexFolder.DatabasePath(Folder("a")), content);

        var error = Assert.Throws<PolicySearchException>(() => PolicySearchIndex.Open(Folder("a")));

        Assert.Equal("index.invalid", error.Code);
    }

    [Fact]
    public void Open_MissingIndex_TellsHowToBuildOne()
    {
        var error = Assert.Throws<PolicySearchException>(() => PolicySearchIndex.Open(Folder("missing")));

        Assert.Equal("index.not-found", error.Code);
        Assert.Contains("PolicySearch.Indexer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passages_HaveTheirNeighboursWithinTheArticle()
    {
        new IndexBuilder().Build(Seeds, Folder("a"));
        using var index = PolicySearchIndex.Open(Folder("a"));
        var article = index.FindArticle("001_9b27b53cf524f461")!;

        var first = index.FindPassage(article.Paragraphs[0].Id)!;
        var second = index.FindPassage(article.Paragraphs[1].Id)!;

        Assert.Null(first.Previous);
        Assert.Equal(article.Paragraphs[1].Id, first.Next!.Id);
        Assert.Equal(article.Paragraphs[0].Id, second.Previous!.Id);
        Assert.Null(index.FindPassage("001_9b27b53cf524f461-999"));
        Assert.Null(index.FindPassage("no-dash-number"));
        Assert.Null(index.FindArticle("nope"));
    }

    /// <summary>
    /// Stored fields read back as the corpus gave them, nulls and non-ASCII text included, and the same whether a
    /// paragraph is looked up as a hit (by ordinal) or as part of its article (by article id).
    /// </summary>
    [Fact]
    public void StoredFields_ReadBackAsWritten_ByHitAndByArticle()
    {
        var corpus = Path.Combine(_root, "corpus.jsonl");
        File.WriteAllLines(corpus,
        [
            """{"id":"full","outlet":"Diario Sur","date":"2019-05-04","title":"La ley TRUST y López","url":"https://example.org/a","text":"Headline\n\"Detainers are not warrants,\" said Sheriff Ana López of Cook County, who opposes the change.\nThe county’s policy — adopted in 2011 — limits ICE détainers."}""",
            """{"id":"bare","outlet":"Unnamed Weekly","date":null,"title":null,"url":null,"text":"A council member asked about the sanctuary ordinance at the Tuesday meeting in Elgin.\nNobody answered the question about federal immigration warrants that evening."}""",
        ]);
        new IndexBuilder().Build(corpus, Folder("a"));
        using var index = PolicySearchIndex.Open(Folder("a"));

        var viewed = new[] { "full", "bare" }
            .SelectMany(id => index.FindArticle(id)!.Paragraphs)
            .ToDictionary(paragraph => paragraph.Id);
        var hits = Enumerable.Range(0, index.Engine.Index.DocumentCount).Select(index.Engine.Documents.GetDocument).ToList();

        Assert.Equal(viewed.Count, hits.Count);
        foreach (var (document, article) in hits)
        {
            var expected = viewed[document.Id];
            Assert.Equal(
                (expected.ArticleId, expected.Paragraph, expected.Text, expected.Outlet, expected.Year, expected.Stance),
                (document.ArticleId, document.Paragraph, document.Text, document.Outlet, document.Year, document.Stance));
            Assert.Equal(expected.Speakers, document.Speakers);
            Assert.Equal(expected.StanceEvidence, document.StanceEvidence);
            Assert.Equal(index.FindArticle(document.ArticleId)!.Article, article);
        }

        var full = hits.First(hit => hit.Article.ArticleId == "full").Article;
        Assert.Equal(new ArticleInfo("full", "Diario Sur", "2019-05-04", 2019, "La ley TRUST y López", "https://example.org/a"), full);
        var bare = hits.First(hit => hit.Article.ArticleId == "bare").Article;
        Assert.Equal(new ArticleInfo("bare", "Unnamed Weekly", null, null, null, null), bare);
        Assert.Contains(hits, hit => hit.Document.Text == "The county’s policy — adopted in 2011 — limits ICE détainers.");
        Assert.Contains(hits, hit => hit.Document.Text == "Nobody answered the question about federal immigration warrants that evening.");
        Assert.Contains(hits, hit => hit.Document.Speakers.Count > 0); // the stored list column is read, not only empty ones
    }

    private string Folder(string name) => Path.Combine(_root, name);

    private static List<string> Ids(PolicySearchIndex index, string query) =>
        [.. index.Engine.Search(new SearchRequest { Query = query, PageSize = 100 }).Hits.Select(hit => hit.Document.Id)];

    private static string BuildId(string folder)
    {
        using var index = PolicySearchIndex.Open(folder);
        return index.Metadata.BuildId;
    }
}
