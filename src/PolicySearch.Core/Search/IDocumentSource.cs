using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Search;

/// <summary>
/// Stored fields, Lucene-style: the engine keeps only what matching, ranking, sorting and faceting need
/// in memory, and fetches the full paragraph (text, evidence) and its article's metadata for the hits it
/// returns. The product reads them from SQLite; tests use an in-memory list.
/// </summary>
public interface IDocumentSource
{
    /// <summary>
    /// The document added with this ordinal (0-based, in the order the builder received them) and its
    /// article, together: a hit needs both, and the store answers both with one lookup.
    /// </summary>
    StoredDocument GetDocument(int ordinal);
}

/// <summary>A stored paragraph and the metadata of its article.</summary>
public readonly record struct StoredDocument(ParagraphDocument Document, ArticleInfo Article);
