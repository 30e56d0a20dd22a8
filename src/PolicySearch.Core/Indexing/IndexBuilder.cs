namespace PolicySearch.Core.Indexing;

/// <summary>
/// The one entry point for writing an index: read the corpus, analyse it, store it in SQLite and
/// snapshot the search structures, in a temporary folder swapped in only when complete.
/// (Placeholder until the storage stage lands.)
/// </summary>
public sealed class IndexBuilder
{
    public IndexBuildReport Build(string inputPath, string indexPath, IProgress<string>? progress = null) =>
        throw new NotImplementedException();
}
