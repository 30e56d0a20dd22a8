using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Store;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Search;
using PolicySearch.Core.Text;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Core.Indexing;

/// <summary>
/// Writes the Lucene index of a build: one document per content paragraph (<see cref="IndexFields"/>), in the
/// database's content order. Both cores index: the documents are cut into one contiguous run per core, each run
/// is indexed by its own <c>IndexWriter</c> into a directory of its own, and the runs' segments are then appended in
/// order (<c>AddIndexes</c>, a file copy), which keeps document ids equal to database rowids (a single
/// <c>IndexWriter</c> fed from several threads would number them in whatever order its threads flushed).
/// A large index is left with a segment per core instead of being merged into one: a merge runs on one thread while
/// the other core idles (about a tenth of a 1M build), and its queries search the segments side by side
/// (<see cref="SegmentSearch"/>). A small one is merged: its queries are dominated by per-term lookups, one a segment.
/// </summary>
internal static class LuceneIndexWriter
{
    private const double RamBufferMegabytes = 256;

    /// <summary>Below this many documents the runs are merged into one segment (a merge of a few seconds at most).</summary>
    private const int MergeBelowDocuments = 50_000;

    public static void Write(string luceneFolder, IReadOnlyList<AnalyzedArticle> analyzed, ParagraphTextStore texts, string buildId, IProgress<string>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var documents = ContentParagraphs(analyzed);
        var runs = Math.Clamp(Environment.ProcessorCount, 1, 4);
        var runFolders = Enumerable.Range(0, runs).Select(run => Path.Combine(luceneFolder, $".run-{run}")).ToArray();
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = runs }, run =>
        {
            var (start, end) = ((int)(documents.Length * (long)run / runs), (int)(documents.Length * (long)(run + 1) / runs));
            using var directory = FSDirectory.Open(runFolders[run]);
            using var writer = new IndexWriter(directory, CreateConfig());
            AddAll(writer, Enumerable.Range(start, end - start).Select(i => ToDocument(analyzed, texts, documents[i])));
            writer.Commit();
        });
        progress?.Report($"Lucene: {documents.Length} documents indexed in {runs} runs ({clock.Elapsed.TotalSeconds:F1} s)");

        using (var directory = FSDirectory.Open(luceneFolder))
        using (var writer = new IndexWriter(directory, CreateConfig()))
        {
            var runDirectories = runFolders.Select(folder => (LuceneDirectory)FSDirectory.Open(folder)).ToArray();
            try
            {
                writer.AddIndexes(runDirectories);
            }
            finally
            {
                foreach (var runDirectory in runDirectories)
                {
                    runDirectory.Dispose();
                }
            }

            if (documents.Length < MergeBelowDocuments)
            {
                // A small index merges in moments, and every query then looks each of its terms up once, not once a
                // segment: the per-query cost that matters when there are few documents to score.
                writer.ForceMerge(1);
            }

            writer.SetCommitData(new Dictionary<string, string> { [IndexFields.BuildId] = buildId });
            writer.Commit();
            progress?.Report($"Lucene: runs appended and committed ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        foreach (var folder in runFolders)
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Indexes <paramref name="documents"/> in order into <paramref name="directory"/> on the calling thread, as one
    /// committed segment: for indexes built in memory (tests) and small corpora.
    /// </summary>
    /// <remarks>With <paramref name="segments"/> above 1 the documents are flushed into that many segments, unmerged, as a large build leaves them.</remarks>
    public static void Write(LuceneDirectory directory, IReadOnlyList<(ParagraphDocument Document, string? Date)> documents, string buildId, int segments = 1)
    {
        var config = CreateConfig();
        if (segments > 1)
        {
            config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
        }

        using var writer = new IndexWriter(directory, config);
        for (var segment = 0; segment < segments; segment++)
        {
            var (start, end) = (documents.Count * segment / segments, documents.Count * (segment + 1) / segments);
            AddAll(writer, documents.Skip(start).Take(end - start));
            writer.Commit();
        }

        if (segments == 1)
        {
            writer.ForceMerge(1);
        }

        writer.SetCommitData(new Dictionary<string, string> { [IndexFields.BuildId] = buildId });
        writer.Commit();
    }

    private static void AddAll(IndexWriter writer, IEnumerable<(ParagraphDocument Document, string? Date)> documents)
    {
        var fields = new DocumentFields();
        foreach (var (document, date) in documents)
        {
            writer.AddDocument(fields.Fill(document, date, title: null));
        }
    }

    private static void AddAll(IndexWriter writer, IEnumerable<(ParagraphDocument Document, string? Date, string? Title)> documents)
    {
        var fields = new DocumentFields();
        foreach (var (document, date, title) in documents)
        {
            writer.AddDocument(fields.Fill(document, date, title));
        }
    }

    private static (ParagraphDocument, string?, string?) ToDocument(
        IReadOnlyList<AnalyzedArticle> analyzed, ParagraphTextStore texts, (int ArticleOrdinal, AnalyzedParagraph Paragraph) content)
    {
        var (article, paragraph) = (analyzed[content.ArticleOrdinal].Article, content.Paragraph);
        var document = new ParagraphDocument(
            ParagraphDocument.MakeId(article.Id, paragraph.Index), article.Id, paragraph.Index,
            Encoding.UTF8.GetString(texts.Text(content.ArticleOrdinal, paragraph.Index).Span),
            article.Outlet, article.Year, paragraph.Speakers, (paragraph.Stance ?? Stance.Neutral).ToName(), paragraph.StanceEvidence);
        return (document, article.Date, article.Title);
    }

    private static IndexWriterConfig CreateConfig() => new(IndexFields.Version, PolicySearchAnalyzer.Shared)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = IndexFields.CreateSimilarity(),
        RAMBufferSizeMB = RamBufferMegabytes,
        // Merges adjacent segments only, so document order (= database rowid order) survives every merge.
        MergePolicy = new LogByteSizeMergePolicy(),
    };

    private static (int ArticleOrdinal, AnalyzedParagraph Paragraph)[] ContentParagraphs(IReadOnlyList<AnalyzedArticle> analyzed)
    {
        var documents = new List<(int, AnalyzedParagraph)>();
        for (var ordinal = 0; ordinal < analyzed.Count; ordinal++)
        {
            foreach (var paragraph in analyzed[ordinal].Paragraphs)
            {
                if (paragraph.Kind == ParagraphKind.Content)
                {
                    documents.Add((ordinal, paragraph));
                }
            }
        }

        return [.. documents];
    }

    /// <summary>One thread's reusable fields, refilled per document (Lucene's advice for fast indexing).</summary>
    private sealed class DocumentFields
    {
        private readonly FacetsConfig _facets = IndexFields.CreateFacetsConfig();
        private readonly StringField _id = new(IndexFields.Id, "", Field.Store.YES);
        private readonly TextField _text = new(IndexFields.Text, "", Field.Store.NO);
        private readonly NumericDocValuesField _date = new(IndexFields.Date, 0);
        private readonly TextField _title = new(IndexFields.Title, "", Field.Store.NO);

        public Document Fill(ParagraphDocument paragraph, string? date, string? title)
        {
            _id.SetStringValue(paragraph.Id);
            _text.SetStringValue(paragraph.Text);
            var document = new Document { _id, _text };
            if (!string.IsNullOrWhiteSpace(title))
            {
                // The article's title on each of its paragraphs: a weak field for the title boost (Querying/Relevance).
                _title.SetStringValue(title);
                document.Add(_title);
            }

            if (IndexFields.DateKey(date) is var key and not IndexFields.NoDate)
            {
                // An undated article has no date value at all, so each sort can place it last (SortField.MissingValue).
                _date.SetInt64Value(key);
                document.Add(_date);
            }

            document.Add(new SortedSetDocValuesFacetField(FacetNames.Outlet, FacetValue(paragraph.Outlet)));
            if (paragraph.Year is { } year)
            {
                document.Add(new SortedSetDocValuesFacetField(FacetNames.Year, year.ToString(CultureInfo.InvariantCulture)));
            }

            foreach (var speaker in paragraph.Speakers.Distinct(StringComparer.Ordinal))
            {
                document.Add(new SortedSetDocValuesFacetField(FacetNames.Speaker, FacetValue(speaker)));
            }

            document.Add(new SortedSetDocValuesFacetField(FacetNames.Stance, paragraph.Stance));
            return _facets.Build(document);
        }

        /// <summary>Facet paths are joined with a control character and may not be empty; a manifest may hold anything.</summary>
        private static string FacetValue(string value)
        {
            var clean = string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c)).Trim();
            return clean.Length == 0 ? "-" : clean;
        }
    }
}
