namespace PolicySearch.Benchmarks.Measurement;

/// <summary>Bytes of every file under a folder (the index: SQLite database plus Lucene index), like <c>du -sb</c>.</summary>
internal static class DirectorySize
{
    public static long Bytes(string path) =>
        File.Exists(path)
            ? new FileInfo(path).Length
            : new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
