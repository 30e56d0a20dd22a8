namespace PolicySearch.Core.Tests.Analysis;

/// <summary>A temporary copy of the shipped analysis data files, for tests that break one of them.</summary>
internal sealed class DataCopy : IDisposable
{
    private static readonly string Shipped = System.IO.Path.Combine(AppContext.BaseDirectory, "Analysis", "Data");

    public DataCopy()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policysearch-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(Shipped))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
