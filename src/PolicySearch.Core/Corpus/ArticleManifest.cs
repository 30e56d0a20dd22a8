using System.Text.Json;

namespace PolicySearch.Core.Corpus;

/// <summary>
/// Parses and validates <c>articles.json</c>: a JSON array of
/// <c>{"file","outlet","date","title","url"}</c>. Every problem becomes a rejection that names the entry;
/// the entries that are valid are kept.
/// </summary>
internal static class ArticleManifest
{
    public const string FileName = "articles.json";

    /// <summary>
    /// The valid entries by file name (ordinal), the rejected entries, and the files whose entry was rejected or
    /// that are listed more than once: those are not indexed with made-up or ambiguous metadata; the rejection
    /// tells the user what to fix.
    /// </summary>
    public static (Dictionary<string, ManifestEntry> Entries, List<CorpusRejection> Rejections, HashSet<string> RejectedFiles) Parse(string json)
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var rejections = new List<CorpusRejection>();
        var rejectedFiles = new HashSet<string>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            rejections.Add(new(FileName, $"malformed manifest: invalid JSON ({ex.Message}); its articles are read without metadata"));
            return (entries, rejections, rejectedFiles);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                rejections.Add(new(FileName, "malformed manifest: expected a JSON array of {\"file\",\"outlet\",\"date\",\"title\",\"url\"} objects; its articles are read without metadata"));
                return (entries, rejections, rejectedFiles);
            }

            // Every entry naming a file, valid or not, so that a file listed twice is caught whichever entries are valid.
            var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var position = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var source = $"{FileName}[{position}]";
                var entry = ReadEntry(element, out var problem, out var file);
                if (file is not null)
                {
                    if (!positions.TryGetValue(file, out var listed))
                    {
                        positions[file] = listed = [];
                    }

                    listed.Add(position);
                }

                if (entry is null)
                {
                    rejections.Add(new(source, problem!));
                    if (file is not null)
                    {
                        rejectedFiles.Add(file);
                    }
                }
                else
                {
                    entries.TryAdd(entry.File, entry);
                }

                position++;
            }

            // Two entries for one file leave its metadata ambiguous: neither is trusted, the article is rejected by name.
            foreach (var (file, listed) in positions.Where(p => p.Value.Count > 1))
            {
                rejections.Add(new(file, $"listed {listed.Count} times in {FileName} ({string.Join(", ", listed.Select(p => $"[{p}]"))}); which metadata is right is ambiguous: keep one entry to index this article"));
                rejectedFiles.Add(file);
                entries.Remove(file);
            }
        }

        return (entries, rejections, rejectedFiles);
    }

    private static ManifestEntry? ReadEntry(JsonElement element, out string? problem, out string? file)
    {
        problem = null;
        file = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = "manifest entry is not a JSON object";
            return null;
        }

        var listedAs = JsonFields.OptionalString(element, "file", ref problem);
        // "file": "000_abc" names 000_abc.txt: the article id is what people copy into a manifest.
        file = string.IsNullOrWhiteSpace(listedAs) ? null : Path.HasExtension(listedAs) ? listedAs : listedAs + ".txt";
        var outlet = JsonFields.OptionalString(element, "outlet", ref problem);
        var date = JsonFields.OptionalString(element, "date", ref problem);
        var title = JsonFields.OptionalString(element, "title", ref problem);
        var url = JsonFields.OptionalString(element, "url", ref problem);
        if (problem is not null)
        {
            return null;
        }

        if (file is null)
        {
            problem = "manifest entry has no \"file\"";
            return null;
        }

        if (!ArticleDate.TryRead(date, out var knownDate))
        {
            problem = $"{file}: date \"{date}\" is not {ArticleDate.Expected}; fix the manifest entry (or leave the date empty) to index this article";
            return null;
        }

        return new ManifestEntry(file, string.IsNullOrWhiteSpace(outlet) ? Article.UnknownOutlet : outlet.Trim(), knownDate, title, url);
    }
}
