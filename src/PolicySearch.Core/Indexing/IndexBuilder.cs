using System.Diagnostics;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;
using PolicySearch.Core.Echoes;
using PolicySearch.Core.Storage;

namespace PolicySearch.Core.Indexing;

/// <summary>
/// The one entry point for writing an index: read the corpus, analyse it, store everything in SQLite and index
/// the content paragraphs with Lucene.Net, in a build folder that is swapped in only when complete
/// (see <see cref="IndexFolder"/>). A failed build leaves the previous index as it was.
/// The stages overlap so that both cores stay busy: the corpus streams into the parallel analysis; then SQLite
/// and the Lucene index (itself written on every core, see <see cref="LuceneIndexWriter"/>) are written side by
/// side. The Lucene documents wait for the analysis to end because a paragraph's speaker facet is the speaker's
/// canonical name, which is known only once the whole corpus has been read.
/// </summary>
public sealed class IndexBuilder(ArticleAnalyzer analyzer)
{
    private const int ProgressEvery = 100_000;

    public IndexBuilder() : this(ArticleAnalyzer.CreateDefault()) { }

    /// <exception cref="PolicySearchException">The input is missing or holds no readable article.</exception>
    public IndexBuildReport Build(string inputPath, string indexPath, IProgress<string>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var corpus = CorpusReader.Stream(inputPath);
        var readTime = TimeSpan.Zero;
        IEnumerable<Article> Read()
        {
            foreach (var article in corpus.Articles)
            {
                yield return article;
            }

            readTime = stopwatch.Elapsed;
        }

        // The corpus streams into the analysis; the paragraphs' texts are kept as UTF-8 as drafts complete.
        var texts = new ParagraphTextStore();
        var analyzed = analyzer.Analyze<object?>(Read(), _ => null, (draft, _) => texts.AddArticle(draft.Paragraphs), keepText: false);
        var analysisTime = stopwatch.Elapsed;
        progress?.Report($"read {corpus.Read} articles from {inputPath} ({corpus.Rejections.Count} rejected)");
        if (analyzed.Count == 0)
        {
            throw new PolicySearchException(
                "corpus.empty", $"'{inputPath}' holds no article that could be read; the existing index was left as it was.");
        }

        progress?.Report($"analysed {analyzed.Count} articles in {stopwatch.Elapsed.TotalSeconds:F1} s");

        var buildFolder = IndexFolder.CreateBuildFolder(indexPath);
        try
        {
            var report = Write(analyzed, texts, corpus, buildFolder, stopwatch, progress);
            IndexFolder.SwapIn(buildFolder, indexPath);
            return report with { Elapsed = stopwatch.Elapsed, ReadTime = readTime, AnalysisTime = analysisTime };
        }
        catch
        {
            IndexFolder.Discard(buildFolder);
            throw;
        }
    }

    private static IndexBuildReport Write(
        IReadOnlyList<AnalyzedArticle> analyzed, ParagraphTextStore texts, CorpusStream corpus, string buildFolder, Stopwatch stopwatch, IProgress<string>? progress)
    {
        var buildId = Guid.NewGuid().ToString("N");

        // SQLite and Lucene are independent passes over the analysed articles that agree on document order
        // (content paragraphs in corpus order): run them side by side.
        var indexing = Task.Run(() => LuceneIndexWriter.Write(IndexFolder.LucenePath(buildFolder), analyzed, texts, buildId, progress));
        var echoes = Task.Run(() => EchoInput.Find(analyzed, texts, progress));
        var counts = WriteDatabase(analyzed, texts, corpus, buildFolder, buildId, stopwatch, progress, echoes);
        indexing.GetAwaiter().GetResult();

        progress?.Report($"wrote {counts.Content} paragraphs to the index in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return new IndexBuildReport(
            corpus.Read, analyzed.Count, corpus.Rejections, counts.Content, counts.Boilerplate, counts.Title, stopwatch.Elapsed);
    }

    private static (int Content, int Boilerplate, int Title) WriteDatabase(
        IReadOnlyList<AnalyzedArticle> analyzed, ParagraphTextStore texts, CorpusStream corpus, string buildFolder, string buildId, Stopwatch stopwatch, IProgress<string>? progress,
        Task<List<EchoGroup>> echoes)
    {
        int content = 0, boilerplate = 0, title = 0;
        using var database = new IndexDatabaseWriter(IndexFolder.DatabasePath(buildFolder));
        for (var ordinal = 0; ordinal < analyzed.Count; ordinal++)
        {
            database.WriteArticle(ordinal, analyzed[ordinal].Article);
        }

        foreach (var paragraph in EncodedParagraph.Encode(ParagraphRows(analyzed, texts)))
        {
            database.WriteParagraph(paragraph);
            switch (paragraph.Kind)
            {
                case ParagraphKind.Content:
                    content++;
                    break;
                case ParagraphKind.Title:
                    title++;
                    break;
                default:
                    boilerplate++;
                    break;
            }

            if ((content + boilerplate + title) % ProgressEvery == 0)
            {
                progress?.Report($"stored {content + boilerplate + title} paragraphs ({stopwatch.Elapsed.TotalSeconds:F1} s)");
            }
        }

        foreach (var rejection in corpus.Rejections)
        {
            database.WriteRejection(rejection);
        }

        database.WriteEchoes(echoes.GetAwaiter().GetResult());

        database.Commit(new IndexMetadata(
            IndexDatabase.SchemaVersion, buildId, DateTimeOffset.UtcNow, analyzed.Count, content, boilerplate, title, corpus.Rejections.Count));
        return (content, boilerplate, title);
    }

    /// <summary>Content paragraphs first, so that their rowids are their document ordinals (see IndexDatabase); then the others.</summary>
    private static IEnumerable<(int ArticleOrdinal, AnalyzedParagraph Paragraph, int? DocumentOrdinal, ReadOnlyMemory<byte> Text)> ParagraphRows(
        IReadOnlyList<AnalyzedArticle> analyzed, ParagraphTextStore texts)
    {
        var documentOrdinal = 0;
        for (var ordinal = 0; ordinal < analyzed.Count; ordinal++)
        {
            foreach (var paragraph in analyzed[ordinal].Paragraphs)
            {
                if (paragraph.Kind == ParagraphKind.Content)
                {
                    yield return (ordinal, paragraph, documentOrdinal++, texts.Text(ordinal, paragraph.Index));
                }
            }
        }

        for (var ordinal = 0; ordinal < analyzed.Count; ordinal++)
        {
            foreach (var paragraph in analyzed[ordinal].Paragraphs)
            {
                if (paragraph.Kind != ParagraphKind.Content)
                {
                    yield return (ordinal, paragraph, null, texts.Text(ordinal, paragraph.Index));
                }
            }
        }
    }
}
