namespace PolicySearch.Benchmarks;

/// <summary>
/// Where the corpus and index go: the folder given by <c>--work</c> (kept), or a fresh temp folder
/// deleted at the end unless <c>--keep</c> (a 1M corpus and index take about 1.5 GB).
/// </summary>
internal sealed class WorkArea : IDisposable
{
    private readonly bool delete;

    private WorkArea(string path, bool delete)
    {
        Path = path;
        this.delete = delete;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    public static WorkArea Create(string? given, bool keep) =>
        given is not null
            ? new WorkArea(System.IO.Path.GetFullPath(given), delete: false)
            : new WorkArea(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"policysearch-bench-{Guid.NewGuid():N}"),
                delete: !keep);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (delete && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
        else
        {
            Console.Error.WriteLine($"Work folder kept: {Path}");
        }
    }
}
