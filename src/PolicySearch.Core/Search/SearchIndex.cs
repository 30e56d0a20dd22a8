namespace PolicySearch.Core.Search;

/// <summary>The in-memory search structures (placeholder until the core lands).</summary>
public sealed class SearchIndex
{
    public int DocumentCount => throw new NotImplementedException();

    public void WriteSnapshot(Stream output) => throw new NotImplementedException();

    public static SearchIndex ReadSnapshot(Stream input) => throw new NotImplementedException();
}
