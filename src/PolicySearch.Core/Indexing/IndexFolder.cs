namespace PolicySearch.Core.Indexing;

/// <summary>
/// The files of an index folder and how a new build replaces them: the SQLite database
/// (<see cref="Storage.IndexDatabase.FileName"/>) and the Lucene index (<see cref="LuceneFolderName"/>/), both
/// carrying the build's id. A build writes into a hidden sub-folder and, only when complete, moves the database
/// and then the Lucene folder into place. A reader that finds the two from different builds refuses them (their
/// build ids differ) and says so, so a build interrupted between the two moves is reported, never half-read.
/// Leftovers of interrupted builds are removed when the next build starts. Other files (a README) are left alone.
/// </summary>
public static class IndexFolder
{
    public const string LuceneFolderName = "lucene";
    private const string BuildFolderPrefix = ".building-";
    private const string RetiredFolderPrefix = ".retired-";

    /// <summary>The hand-written engine's file, which an index built before the move to Lucene.Net still holds.</summary>
    private const string RetiredSnapshotFileName = "index.snapshot";

    public static string DatabasePath(string indexPath) => Path.Combine(indexPath, Storage.IndexDatabase.FileName);

    public static string LucenePath(string indexPath) => Path.Combine(indexPath, LuceneFolderName);

    public static bool Exists(string indexPath) => File.Exists(DatabasePath(indexPath));

    /// <summary>Creates a fresh build folder, clearing what earlier interrupted builds left behind.</summary>
    internal static string CreateBuildFolder(string indexPath)
    {
        Directory.CreateDirectory(indexPath);
        foreach (var stale in Directory.EnumerateDirectories(indexPath, BuildFolderPrefix + "*")
                     .Concat(Directory.EnumerateDirectories(indexPath, RetiredFolderPrefix + "*")))
        {
            Directory.Delete(stale, recursive: true);
        }

        return Directory.CreateDirectory(Path.Combine(indexPath, BuildFolderPrefix + Guid.NewGuid().ToString("N"))).FullName;
    }

    internal static void SwapIn(string buildFolder, string indexPath)
    {
        File.Move(DatabasePath(buildFolder), DatabasePath(indexPath), overwrite: true);
        var lucene = LucenePath(indexPath);
        string? retired = null;
        if (Directory.Exists(lucene))
        {
            // A folder cannot be renamed over another: move the old one aside first, then remove it.
            retired = Path.Combine(indexPath, RetiredFolderPrefix + Guid.NewGuid().ToString("N"));
            Directory.Move(lucene, retired);
        }

        Directory.Move(LucenePath(buildFolder), lucene);
        Directory.Delete(buildFolder, recursive: true);
        if (retired is not null)
        {
            Directory.Delete(retired, recursive: true);
        }

        File.Delete(Path.Combine(indexPath, RetiredSnapshotFileName));
    }

    internal static void Discard(string buildFolder)
    {
        if (Directory.Exists(buildFolder))
        {
            Directory.Delete(buildFolder, recursive: true);
        }
    }
}
