namespace PolicySearch.Core.Corpus;

/// <summary>
/// Entry point for reading a corpus (SPEC §1): a folder of <c>*.txt</c> files with an optional
/// <c>articles.json</c> manifest, or a single <c>.jsonl</c> file with one article per line.
/// </summary>
public static class CorpusReader
{
    /// <summary>Reads every article under <paramref name="path"/> and reports each rejected input by name.</summary>
    /// <exception cref="PolicySearchException"><c>corpus.not-found</c> when the path does not exist;
    /// <c>corpus.unsupported</c> when it is a file that is not <c>.jsonl</c>.</exception>
    public static CorpusReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsFolder(path) ? FolderCorpusReader.Read(path) : JsonlCorpusReader.Read(path);
    }

    /// <summary>The same reading, as the articles are consumed (see <see cref="CorpusStream"/>): a JSONL file is read line by line.</summary>
    /// <exception cref="PolicySearchException">As for <see cref="Read"/>, thrown here rather than when the articles are enumerated.</exception>
    internal static CorpusStream Stream(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsFolder(path) ? CorpusStream.Of(FolderCorpusReader.Read(path)) : JsonlCorpusReader.Stream(path);
    }

    /// <summary>True for a folder corpus, false for a JSONL file; anything else is an error.</summary>
    private static bool IsFolder(string path)
    {
        if (Directory.Exists(path))
        {
            return true;
        }

        if (!File.Exists(path))
        {
            throw new PolicySearchException("corpus.not-found", $"Corpus not found: '{path}' is neither a folder nor a file.");
        }

        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            throw new PolicySearchException("corpus.unsupported", $"Unsupported corpus file '{path}': give a folder of .txt files or a .jsonl file.");
        }

        return false;
    }
}
