namespace PolicySearch.Core.Corpus;

/// <summary>
/// Reads a corpus folder: every <c>*.txt</c> file (ordinal order by file name) plus the optional
/// <c>articles.json</c> manifest that gives outlet, date, title and URL (SPEC §1).
/// </summary>
internal static class FolderCorpusReader
{
    public static CorpusReadResult Read(string folder)
    {
        var rejections = new List<CorpusRejection>();
        var (manifest, rejectedFiles) = ReadManifest(folder, rejections);
        // "A.TXT" is an article too: match the extension regardless of case, on every file system.
        var files = Directory.EnumerateFiles(folder, "*.txt", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive })
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

        var articles = new List<Article>(files.Count);
        foreach (var file in files.Where(f => !rejectedFiles.Contains(f)))
        {
            manifest.TryGetValue(file, out var entry);
            var article = ReadArticle(Path.Combine(folder, file), file, entry, rejections);
            if (article is not null)
            {
                articles.Add(article);
            }
        }

        var fileSet = files.ToHashSet(StringComparer.Ordinal);
        var missing = manifest.Keys.Where(f => !fileSet.Contains(f)).Order(StringComparer.Ordinal).ToList();
        foreach (var file in missing)
        {
            rejections.Add(new(file, $"listed in {ArticleManifest.FileName} but the file is missing"));
        }

        // Seen = files on disk + manifest entries pointing nowhere; a malformed manifest as a whole is not an article.
        return new CorpusReadResult(articles, rejections) { Read = files.Count + missing.Count };
    }

    private static (Dictionary<string, ManifestEntry> Entries, HashSet<string> RejectedFiles) ReadManifest(string folder, List<CorpusRejection> rejections)
    {
        var path = Path.Combine(folder, ArticleManifest.FileName);
        if (!File.Exists(path))
        {
            return ([], []);
        }

        var json = StrictTextFile.TryRead(path, out var error);
        if (json is null)
        {
            rejections.Add(new(ArticleManifest.FileName, $"malformed manifest: {error}; its articles are read without metadata"));
            return ([], []);
        }

        var (entries, problems, rejectedFiles) = ArticleManifest.Parse(json);
        rejections.AddRange(problems);
        return (entries, rejectedFiles);
    }

    private static Article? ReadArticle(string path, string file, ManifestEntry? entry, List<CorpusRejection> rejections)
    {
        var text = StrictTextFile.TryRead(path, out var error);
        if (text is null)
        {
            rejections.Add(new(file, error!));
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            rejections.Add(new(file, "empty file (no text)"));
            return null;
        }

        var id = Path.GetFileNameWithoutExtension(file);
        return entry is null
            ? new Article(id, Article.UnknownOutlet, null, FirstLine(text), null, text)
            : new Article(id, entry.Outlet, entry.Date, entry.Title, entry.Url, text);
    }

    /// <summary>An article without manifest entry is titled by its first non-empty line (SPEC §1).</summary>
    internal static string FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
}
