using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Search;

/// <summary>The one entry point for writing the in-memory index (placeholder until the core lands).</summary>
public sealed class SearchIndexBuilder
{
    public int Add(ParagraphDocument document, ArticleInfo article) => throw new NotImplementedException();

    public SearchIndex Build() => throw new NotImplementedException();
}
