using System.Text.Json;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Tests.Corpus;

public class CorpusReaderTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData");

    private static CorpusReadResult Mixed() => CorpusReader.Read(Path.Combine(Data, "corpus", "mixed"));

    private static string ReasonFor(CorpusReadResult result, string source) =>
        Assert.Single(result.Rejections, r => r.Source.Contains(source, StringComparison.Ordinal)).Reason;

    [Fact]
    public void Read_MissingPath_ThrowsNotFound()
    {
        var ex = Assert.Throws<PolicySearchException>(() => CorpusReader.Read(Path.Combine(Data, "no-such-folder")));
        Assert.Equal("corpus.not-found", ex.Code);
    }

    [Fact]
    public void Read_Seeds_ReadsFiveArticlesInFileOrderWithManifestMetadata()
    {
        var result = CorpusReader.Read(Path.Combine(Data, "seeds"));

        Assert.Empty(result.Rejections);
        Assert.Equal(5, result.Read);
        Assert.Equal(["000_a5cd8bc06ca0a28d", "001_9b27b53cf524f461", "002_e37b4a21ad393e1b", "003_0bcf101360a55176", "004_d7e0e487cbc5d41f"],
            result.Articles.Select(a => a.Id));
        Assert.Equal("Fox News", result.Articles[2].Outlet);
        Assert.Equal(2017, result.Articles[2].Year);
    }

    [Fact]
    public void Read_ListedFile_TakesManifestMetadata()
    {
        var article = Assert.Single(Mixed().Articles, a => a.Id == "a_listed");

        Assert.Equal("Example Daily", article.Outlet);
        Assert.Equal("2017-08-28", article.Date);
        Assert.Equal("https://example.org/a", article.Url);
    }

    [Fact]
    public void Read_FileWithoutManifestEntry_IsReadWithUnknownOutletAndFirstLineTitle()
    {
        var article = Assert.Single(Mixed().Articles, a => a.Id == "b_unlisted");

        Assert.Equal(Article.UnknownOutlet, article.Outlet);
        Assert.Null(article.Date);
        Assert.Equal("Unlisted Article Headline", article.Title);
    }

    [Fact]
    public void Read_ManifestEntryWithoutFile_IsRejectedByName()
    {
        Assert.Contains("missing", ReasonFor(Mixed(), "missing.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsRejectedByName()
    {
        Assert.Contains("empty", ReasonFor(Mixed(), "c_empty.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_IsRejectedByName()
    {
        Assert.Contains("UTF-8", ReasonFor(Mixed(), "d_latin1.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadManifestDate_RejectsTheEntryAndNamesTheFile()
    {
        var result = Mixed();

        Assert.Contains(result.Rejections, r => r.Reason.Contains("e_baddate.txt", StringComparison.Ordinal) && r.Reason.Contains("Aug 2017", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Articles, a => a.Id == "e_baddate");
    }

    [Fact]
    public void Read_MalformedManifestEntries_AreReportedByPosition()
    {
        var result = Mixed();

        Assert.Contains(result.Rejections, r => r.Source == "articles.json[3]" && r.Reason.Contains("\"file\"", StringComparison.Ordinal));
        Assert.Contains(result.Rejections, r => r.Source == "articles.json[4]" && r.Reason.Contains("not a JSON object", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Mixed_CountsEveryArticleSeen()
    {
        var result = Mixed();

        // Five files on disk plus one manifest entry whose file is missing.
        Assert.Equal(6, result.Read);
        Assert.Equal(["a_listed", "b_unlisted"], result.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Read_InvalidManifestJson_ReportsItAndStillReadsTheFiles()
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", "[{\"file\": ");
        folder.Write("x.txt", "Some headline\nBody.");

        var result = CorpusReader.Read(folder.Path);

        Assert.Contains("invalid JSON", ReasonFor(result, "articles.json"), StringComparison.Ordinal);
        Assert.Equal(Article.UnknownOutlet, Assert.Single(result.Articles).Outlet);
    }

    [Fact]
    public void Read_UpperCaseExtension_IsStillAnArticle()
    {
        using var folder = new TempFolder();
        folder.Write("LOUD.TXT", "Body.");

        Assert.Equal("LOUD", Assert.Single(CorpusReader.Read(folder.Path).Articles).Id);
    }

    [Fact]
    public void Read_ManifestEntryNamingTheIdWithoutExtension_MatchesTheTxtFile()
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", "[{\"file\": \"a1\", \"outlet\": \"Example Daily\", \"date\": \"2020\"}]");
        folder.Write("a1.txt", "Body.");

        var result = CorpusReader.Read(folder.Path);

        Assert.Empty(result.Rejections);
        Assert.Equal("Example Daily", Assert.Single(result.Articles).Outlet);
    }

    [Fact]
    public void Read_ByteOrderMark_IsNotPartOfTheText()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(System.IO.Path.Combine(folder.Path, "bom.txt"), [0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']);

        Assert.Equal("Hi", Assert.Single(CorpusReader.Read(folder.Path).Articles).Text);
    }

    [Fact]
    public void Read_ManifestThatIsNotAnArray_IsReported()
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", "{\"file\": \"x.txt\"}");
        folder.Write("x.txt", "Body.");

        Assert.Contains("expected a JSON array", ReasonFor(CorpusReader.Read(folder.Path), "articles.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Jsonl_KeepsGoodLinesAndRejectsBadOnesWithLineNumbers()
    {
        var result = CorpusReader.Read(Path.Combine(Data, "corpus", "articles.jsonl"));

        Assert.Equal(["j1", "j4"], result.Articles.Select(a => a.Id));
        Assert.Equal(Article.UnknownOutlet, result.Articles[1].Outlet);
        Assert.Equal(8, result.Read);
        Assert.Contains("malformed JSON", ReasonFor(result, "articles.jsonl:3"), StringComparison.Ordinal);
        Assert.Contains("empty", ReasonFor(result, "articles.jsonl:4"), StringComparison.Ordinal);
        Assert.Contains("missing \"id\"", ReasonFor(result, "articles.jsonl:5"), StringComparison.Ordinal);
        Assert.Contains("duplicate id", ReasonFor(result, "articles.jsonl:6"), StringComparison.Ordinal);
        Assert.Contains("2025-13-01", ReasonFor(result, "articles.jsonl:7"), StringComparison.Ordinal);
        Assert.Contains("missing \"text\"", ReasonFor(result, "articles.jsonl:9"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonlWithAnInvalidUtf8Line_RejectsThatLineAndKeepsTheRest()
    {
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "c.jsonl");
        var good1 = "\uFEFF{\"id\":\"a\",\"text\":\"First.\"}\r\n"u8.ToArray();
        var bad = "{\"id\":\"b\",\"text\":\"Caf"u8.ToArray().Concat(new byte[] { 0xE9 }).Concat("\"}\n"u8.ToArray());
        var good2 = "{\"id\":\"c\",\"text\":\"Third.\"}"u8.ToArray();
        File.WriteAllBytes(path, [.. good1, .. bad, .. good2]);

        var result = CorpusReader.Read(path);

        Assert.Equal(["a", "c"], result.Articles.Select(a => a.Id));
        Assert.Contains("not valid UTF-8 (invalid byte at offset 21 of the line)", ReasonFor(result, "c.jsonl:2"), StringComparison.Ordinal);
        Assert.Equal(3, result.Read);
    }

    [Fact]
    public void Read_JsonlLines_SkipsBlankOnesUncountedAndKeepsNonAsciiTextExactly()
    {
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "c.jsonl");
        var text = "Café owners said “no” — to ICE’s détainer.\nSecond paragraph: 東京.";
        var lines = new[]
        {
            "   \t",
            JsonSerializer.Serialize(new { id = "a", text }),
            "\u00A0\u2003",
            "",
            "{\"id\":\"b\",\"text\":\"Caf\u00e9.\"}",
            "\u00A0{",
        };
        File.WriteAllText(path, string.Join("\n", lines), new System.Text.UTF8Encoding(false));

        var result = CorpusReader.Read(path);

        Assert.Equal(["a", "b"], result.Articles.Select(a => a.Id));
        Assert.Equal(text, result.Articles[0].Text);
        Assert.Equal("Café.", result.Articles[1].Text);
        Assert.Contains("malformed JSON", ReasonFor(result, "c.jsonl:6"), StringComparison.Ordinal);
        Assert.Equal(3, result.Read);
    }

    [Fact]
    public void Read_FileThatIsNotJsonl_ThrowsUnsupported()
    {
        var ex = Assert.Throws<PolicySearchException>(() => CorpusReader.Read(Path.Combine(Data, "seeds", "articles.json")));
        Assert.Equal("corpus.unsupported", ex.Code);
    }

    [Fact]
    public void Read_FileListedTwice_IsRejectedByName_NeitherEntryWins()
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", """
            [{"file": "a1.txt", "outlet": "First Daily", "date": "2020"},
             {"file": "b.txt", "outlet": "Other"},
             {"file": "a1", "outlet": "Second Daily", "date": "2021"}]
            """);
        folder.Write("a1.txt", "Body.");
        folder.Write("b.txt", "Body.");

        var result = CorpusReader.Read(folder.Path);

        var reason = ReasonFor(result, "a1.txt");
        Assert.Contains("listed 2 times", reason, StringComparison.Ordinal);
        Assert.Contains("[0], [2]", reason, StringComparison.Ordinal);
        Assert.Equal(["b"], result.Articles.Select(a => a.Id));
        Assert.Equal(2, result.Read);
    }

    [Fact]
    public void Read_FileListedTwice_OnceWithABadEntry_IsStillRejectedAsListedTwice()
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", """[{"file": "a1", "date": "someday"}, {"file": "a1.txt", "outlet": "Daily"}]""");
        folder.Write("a1.txt", "Body.");

        var result = CorpusReader.Read(folder.Path);

        Assert.Empty(result.Articles);
        Assert.Contains(result.Rejections, r => r.Source == "a1.txt" && r.Reason.Contains("listed 2 times", StringComparison.Ordinal));
        Assert.Contains(result.Rejections, r => r.Source == "articles.json[0]" && r.Reason.Contains("someday", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EntryNamingTheIdWithABadField_RejectsTheTxtFile_RatherThanIndexingItWithoutMetadata()
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", """[{"file": "a1", "outlet": 5}]""");
        folder.Write("a1.txt", "Body.");

        var result = CorpusReader.Read(folder.Path);

        Assert.Empty(result.Articles);
        Assert.Contains("\"outlet\"", ReasonFor(result, "articles.json[0]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"date\": \"\",")]
    [InlineData("\"date\": \"   \",")]
    [InlineData("\"date\": null,")]
    [InlineData("")]
    public void Read_EntryWithoutADate_IsIndexedWithNoYear_LikeAFileWithoutEntry(string dateField)
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", $$"""[{"file": "a1.txt", {{dateField}} "outlet": "Example Daily", "title": "Headline"}]""");
        folder.Write("a1.txt", "Body.");
        folder.Write("unlisted.txt", "Unlisted headline\nBody.");

        var result = CorpusReader.Read(folder.Path);

        Assert.Empty(result.Rejections);
        var listed = Assert.Single(result.Articles, a => a.Id == "a1");
        var unlisted = Assert.Single(result.Articles, a => a.Id == "unlisted");
        Assert.Equal(("Example Daily", "Headline"), (listed.Outlet, listed.Title));
        Assert.All([listed, unlisted], article => Assert.Equal((null, null), (article.Date, article.Year)));
    }

    [Theory]
    [InlineData("2017-02-30")]
    [InlineData("17")]
    [InlineData(" 2017")]
    [InlineData("unknown")]
    public void Read_EntryWithAMalformedDate_IsRejectedByName(string date)
    {
        using var folder = new TempFolder();
        folder.Write("articles.json", $$"""[{"file": "a1.txt", "date": "{{date}}"}]""");
        folder.Write("a1.txt", "Body.");

        var result = CorpusReader.Read(folder.Path);

        Assert.Empty(result.Articles);
        Assert.Contains("a1.txt", ReasonFor(result, "articles.json[0]"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonlLineWithAnEmptyDate_IsIndexedWithNoYear()
    {
        using var folder = new TempFolder();
        folder.Write("c.jsonl", """{"id": "a", "date": "", "text": "Body."}""");

        var article = Assert.Single(CorpusReader.Read(System.IO.Path.Combine(folder.Path, "c.jsonl")).Articles);

        Assert.Equal((null, null), (article.Date, article.Year));
    }

    /// <summary>A throwaway folder for corpus shapes that are easier to write inline than to keep as files.</summary>
    private sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policysearch-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Write(string name, string content) => File.WriteAllText(System.IO.Path.Combine(Path, name), content);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
