namespace PolicySearch.Benchmarks;

/// <summary>The repository root: the first folder up from here (or from the binaries) holding PolicySearch.sln.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PolicySearch.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("PolicySearch.sln not found above the current folder or the binaries.");
    }
}
