using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicySearch.Benchmarks.Corpus;

/// <summary>What <see cref="CorpusGenerator.Write"/> produced.</summary>
internal sealed record GeneratedCorpus(string Path, int Articles, int Paragraphs, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Writes a SPEC §1 JSONL corpus (<c>{"id","outlet","date","title","url","text"}</c>, paragraphs joined
/// by <c>\n</c>) with exactly the requested number of content paragraphs. Same seed, same bytes.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Readable files: the text is ours, and the reader is the indexer, not a browser.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static GeneratedCorpus Write(string path, int paragraphs, ulong seed)
    {
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var composer = new ArticleComposer(seed);
        var articles = 0;
        var written = 0;
        // Written aside and moved into place: a half-written corpus is never mistaken for a whole one.
        var partial = path + ".partial";
        using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            while (written < paragraphs)
            {
                var article = composer.Compose(articles, paragraphs - written);
                WriteLine(writer, stream, article);
                written += ArticleComposer.ContentParagraphs(article);
                articles++;
            }
        }

        File.Move(partial, path, overwrite: true);
        return new GeneratedCorpus(path, articles, written, new FileInfo(path).Length, stopwatch.Elapsed);
    }

    private static void WriteLine(Utf8JsonWriter writer, Stream stream, GeneratedArticle article)
    {
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("date", article.Date);
        writer.WriteString("title", article.Title);
        writer.WriteString("url", article.Url);
        writer.WriteString("text", string.Join('\n', article.Paragraphs));
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
        writer.Reset();
    }
}
