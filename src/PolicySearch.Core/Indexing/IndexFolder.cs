namespace PolicySearch.Core.Indexing;

/// <summary>
/// The files of an index folder and how a new build replaces them. A build writes into a hidden
/// sub-folder and, only when complete, renames its database and then its snapshot into place; each rename
/// is atomic. An interrupted build therefore leaves either the old index or the new database (whose build id
/// the old snapshot does not carry, so the snapshot is rejected and rebuilt from the database) — never a
/// half-written file. Other files in the folder (such as a README) are left alone.
/// </summary>
public static class IndexFolder
{
    public const string SnapshotFileName = "index.snapshot";
    private const string BuildFolderPrefix = ".building-";

    public static string DatabasePath(string indexPath) => Path.Combine(indexPath, Storage.IndexDatabase.FileName);

    public static string SnapshotPath(string indexPath) => Path.Combine(indexPath, SnapshotFileName);

    public static bool Exists(string indexPath) => File.Exists(DatabasePath(indexPath));

    /// <summary>Creates a fresh build folder, clearing what earlier interrupted builds left behind.</summary>
    internal static string CreateBuildFolder(string indexPath)
    {
        Directory.CreateDirectory(indexPath);
        foreach (var stale in Directory.EnumerateDirectories(indexPath, BuildFolderPrefix + "*"))
        {
            Directory.Delete(stale, recursive: true);
        }

        return Directory.CreateDirectory(Path.Combine(indexPath, BuildFolderPrefix + Guid.NewGuid().ToString("N"))).FullName;
    }

    internal static void SwapIn(string buildFolder, string indexPath)
    {
        File.Move(DatabasePath(buildFolder), DatabasePath(indexPath), overwrite: true);
        File.Move(SnapshotPath(buildFolder), SnapshotPath(indexPath), overwrite: true);
        Directory.Delete(buildFolder, recursive: true);
    }

    internal static void Discard(string buildFolder)
    {
        if (Directory.Exists(buildFolder))
        {
            Directory.Delete(buildFolder, recursive: true);
        }
    }
}
