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

    /// <summary>Names another stance model file in the copy's <c>stance.json</c>; an empty name decides by the rules alone.</summary>
    public void UseStanceModel(string fileName)
    {
        var stance = System.IO.Path.Combine(Path, "stance.json");
        var text = File.ReadAllText(stance);
        const string Shipped = "\"model\": \"stance-model.tsv\"";
        if (!text.Contains(Shipped, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("stance.json no longer names stance-model.tsv as its model.");
        }

        File.WriteAllText(stance, text.Replace(Shipped, $"\"model\": \"{fileName}\"", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
