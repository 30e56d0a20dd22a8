using System.Text.Json;
using PolicySearch.Core.Echoes;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Tests.Echoes;

/// <summary>
/// Quotation echoes: the reader of quotations, the groups on the seeds (statements each seed repeats, one without
/// quotation marks), precision and recall against hand-labelled pairs of the seeds and the development set, and
/// passage ids that survive a rebuild.
/// </summary>
public sealed class EchoTests : IDisposable
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "TestData");
    private static readonly string Seeds = Path.Combine(TestData, "seeds");
    private readonly string _root = Directory.CreateTempSubdirectory("policysearch-echo-tests-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void QuotationText_FindsStraightAndCurlyQuotations_AndFoldsWords()
    {
        var (words, quotations) = QuotationText.Read("He said “Hello, Wörld” and \"I’m here\" then “open to the end");
        var text = "He said “Hello, Wörld” and \"I’m here\" then “open to the end";
        Assert.Equal(["Hello, Wörld", "I’m here", "open to the end"], quotations.Select(q => text[q.Start..q.End]));
        Assert.Equal(QuotationText.Read("hello WORLD").Words.Select(w => w.Hash), words.Skip(2).Take(2).Select(w => w.Hash));
        Assert.Equal(QuotationText.Read("Im").Words[0].Hash, QuotationText.Read("I'm").Words[0].Hash);
        Assert.Equal([-1, -1, 0, 0, -1, 1, 1, -1, 2, 2, 2, 2], words.Select(w => w.Quotation));
    }

    [Fact]
    public void Seeds_EachRepeatedStatement_IsOneGroupAcrossArticles()
    {
        using var index = Build(Seeds, "seeds");
        string[] Echoes(string id) => [.. index.Echoes.Find(id, index.Engine.Documents).Echoes.Select(e => e.Document.Id).Order()];

        // The governor's signing statement: quoted by two seeds, repeated without quotation marks by a third.
        var signing = Find(index, "000_a5cd8bc06ca0a28d", "Illinois has been welcoming of immigrants");
        var unquoted = Find(index, "001_9b27b53cf524f461", "Illinois has been welcoming of immigrants");
        var fox = Find(index, "002_e37b4a21ad393e1b", "Illinois has been welcoming of immigrants");
        Assert.Equal([unquoted, fox], Echoes(signing));
        var echoesOfUnquoted = index.Echoes.Find(unquoted, index.Engine.Documents);
        Assert.All(echoesOfUnquoted.Echoes, e => Assert.True(e.Quoted));
        Assert.False(index.Echoes.Find(signing, index.Engine.Documents).Echoes.Single(e => e.Document.Id == unquoted).Quoted);

        // The state senator's "last straw", the House sponsor's statement and the Justice Department's statement.
        Assert.Contains(Find(index, "002_e37b4a21ad393e1b", "last straw"), Echoes(Find(index, "000_a5cd8bc06ca0a28d", "last straw")));
        Assert.Contains(Find(index, "002_e37b4a21ad393e1b", "should not have to feel unsafe"), Echoes(Find(index, "000_a5cd8bc06ca0a28d", "should not have to feel unsafe")));
        Assert.Contains(Find(index, "002_e37b4a21ad393e1b", "our nation is less safe"), Echoes(Find(index, "000_a5cd8bc06ca0a28d", "our nation is less safe")));

        // Oldest first, and the earliest is marked: the article dated 2017-08 comes before the ones of 2017-08-28 and 2017-09-01.
        var found = index.Echoes.Find(fox, index.Engine.Documents);
        Assert.Equal([signing, unquoted], found.Echoes.Select(e => e.Document.Id));
        Assert.True(found.Echoes[0].Earliest);
        Assert.False(found.Earliest);
        Assert.Contains(found.Quotations, q => q.Contains("welcoming of immigrants", StringComparison.Ordinal));
        Assert.Equal(new EchoSummary(2, 2), index.Echoes.Summary(fox));
        Assert.Null(index.Echoes.Summary(index.FindArticle("004_d7e0e487cbc5d41f")!.Paragraphs[0].Id));
    }

    [Fact]
    public void LabelledPairs_PrecisionAndRecall()
    {
        var corpus = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(corpus);
        var manifest = new List<JsonElement>();
        foreach (var folder in new[] { Seeds, Path.Combine(TestData, "devset", "articles") })
        {
            foreach (var file in Directory.GetFiles(folder, "*.txt"))
            {
                File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
            }

            manifest.AddRange(JsonSerializer.Deserialize<JsonElement[]>(File.ReadAllText(Path.Combine(folder, "articles.json")))!);
        }

        File.WriteAllText(Path.Combine(corpus, "articles.json"), JsonSerializer.Serialize(manifest));
        using var index = Build(corpus, "all");

        var labelled = File.ReadAllLines(Path.Combine(TestData, "echoes", "labelled-pairs.tsv"))
            .Where(line => !line.StartsWith('#') && line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToDictionary(f => Pair(f[0], f[1]), f => f[2] == "1");
        var found = new HashSet<(string, string)>();
        foreach (var id in labelled.Keys.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct())
        {
            foreach (var echo in index.Echoes.Find(id, index.Engine.Documents).Echoes.Where(e => e.Document.ArticleId != id[..id.LastIndexOf('-')]))
            {
                found.Add(Pair(id, echo.Document.Id));
            }
        }

        var unlabelled = found.Where(p => !labelled.ContainsKey(p)).ToList();
        Assert.True(unlabelled.Count == 0, $"pairs found but not labelled: {string.Join(", ", unlabelled)}");
        var truePositives = found.Count(p => labelled[p]);
        var precision = (double)truePositives / found.Count;
        var recall = (double)truePositives / labelled.Values.Count(label => label);
        Console.WriteLine($"echoes: {found.Count} pairs found, {truePositives} true; precision {precision:P1}, recall {recall:P1} over {labelled.Count} labelled pairs");
        Assert.True(precision >= 0.95, $"precision {precision:P1}");
        Assert.True(recall >= 0.95, $"recall {recall:P1}");
    }

    [Fact]
    public void PassageIds_SurviveARebuild_WhileTheTextIsUnchanged()
    {
        var first = Snapshot(Build(Seeds, "first"));

        // The second build reads the same articles plus one more, whose name sorts first.
        var corpus = Path.Combine(_root, "more");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.GetFiles(Seeds))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(corpus, "0000_new.txt"), "A new article\n\nIts only paragraph says “something quoted here and there for a while” today.");
        var second = Snapshot(Build(corpus, "second"));

        Assert.NotEqual(first.BuildId, second.BuildId);
        Assert.All(first.Passages, passage => Assert.Equal(passage.Value, second.Passages[passage.Key]));
        Assert.Equal(first.Passages.Count + 1, second.Passages.Count);
    }

    private PolicySearchIndex Build(string input, string name)
    {
        var path = Path.Combine(_root, name);
        new IndexBuilder().Build(input, path);
        return PolicySearchIndex.Open(path);
    }

    private static (string BuildId, Dictionary<string, string> Passages) Snapshot(PolicySearchIndex index)
    {
        using (index)
        {
            var passages = new Dictionary<string, string>();
            for (var ordinal = 0; ordinal < index.Engine.Index.DocumentCount; ordinal++)
            {
                var document = index.Engine.Documents.GetDocument(ordinal).Document;
                passages[document.Id] = document.Text;
                Assert.Equal(document.Text, index.FindPassage(document.Id)!.Document.Text);
            }

            return (index.Metadata.BuildId, passages);
        }
    }

    private static string Find(PolicySearchIndex index, string articleId, string words) =>
        index.FindArticle(articleId)!.Paragraphs.First(p => p.Text.Contains(words, StringComparison.Ordinal)).Id;

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
