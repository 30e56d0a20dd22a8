using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Search;

/// <summary>Stored fields in a list, for tests and small corpora: ordinals are positions in the list.</summary>
public sealed class InMemoryDocumentSource : IDocumentSource
{
    private readonly List<ParagraphDocument> _documents = [];
    private readonly Dictionary<string, ArticleInfo> _articles = new(StringComparer.Ordinal);

    /// <summary>Stores a paragraph and its article; returns its ordinal (0, 1, 2… in call order, as the builder's).</summary>
    public int Add(ParagraphDocument document, ArticleInfo article)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        _documents.Add(document);
        _articles[article.ArticleId] = article;
        return _documents.Count - 1;
    }

    public StoredDocument GetDocument(int ordinal)
    {
        var document = _documents[ordinal];
        return new StoredDocument(document, _articles[document.ArticleId]);
    }
}
