using System.Text.Json;

namespace PolicySearch.Core.Corpus;

/// <summary>
/// Reads a JSONL corpus: one <c>{"id","outlet","date","title","url","text"}</c> object per line (SPEC §1).
/// Each bad line (malformed JSON, invalid UTF-8, missing id or text, duplicate id, bad date) is rejected with its
/// line number and the others are kept; blank lines are skipped. The file is streamed, never loaded whole.
/// </summary>
internal static class JsonlCorpusReader
{
    public static CorpusReadResult Read(string path)
    {
        var stream = Stream(path);
        var articles = stream.Articles.ToList();
        return new CorpusReadResult(articles, stream.Rejections) { Read = stream.Read };
    }

    /// <summary>The same reading, line by line as the articles are consumed (see <see cref="CorpusStream"/>).</summary>
    public static CorpusStream Stream(string path)
    {
        var rejections = new List<CorpusRejection>();
        var seen = 0;
        return new CorpusStream(Articles(path, rejections, () => seen++), rejections, () => seen);
    }

    private static IEnumerable<Article> Articles(string path, List<CorpusRejection> rejections, Action countSeen)
    {
        var name = Path.GetFileName(path);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lineNumber, line, decodingError) in Utf8LineReader.Lines(path))
        {
            var problem = decodingError;
            if (problem is null && Utf8LineReader.IsBlank(line.Span))
            {
                continue;
            }

            countSeen();
            var source = $"{name}:{lineNumber}";
            var article = problem is not null ? null : ParseLine(line, out problem);
            if (article is null)
            {
                rejections.Add(new(source, problem!));
            }
            else if (!ids.Add(article.Id))
            {
                rejections.Add(new(source, $"duplicate id \"{article.Id}\"; the first line with this id is used"));
            }
            else
            {
                yield return article;
            }
        }
    }

    /// <summary>Parses one line's UTF-8; the bytes are read only until this returns.</summary>
    private static Article? ParseLine(ReadOnlyMemory<byte> line, out string? problem)
    {
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            problem = $"malformed JSON ({ex.Message})";
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "line is not a JSON object";
                return null;
            }

            var id = JsonFields.OptionalString(root, "id", ref problem);
            var outlet = JsonFields.OptionalString(root, "outlet", ref problem);
            var date = JsonFields.OptionalString(root, "date", ref problem);
            var title = JsonFields.OptionalString(root, "title", ref problem);
            var url = JsonFields.OptionalString(root, "url", ref problem);
            var text = JsonFields.OptionalString(root, "text", ref problem);
            problem ??= Validate(id, date, text);
            if (problem is not null)
            {
                return null;
            }

            ArticleDate.TryRead(date, out var knownDate);
            return new Article(id!.Trim(), string.IsNullOrWhiteSpace(outlet) ? Article.UnknownOutlet : outlet.Trim(), knownDate, title, url, text!);
        }
    }

    private static string? Validate(string? id, string? date, string? text)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "missing \"id\"";
        }

        if (text is null)
        {
            return $"{id}: missing \"text\"";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{id}: empty \"text\"";
        }

        return ArticleDate.TryRead(date, out _)
            ? null
            : $"{id}: date \"{date}\" is not {ArticleDate.Expected}";
    }
}
