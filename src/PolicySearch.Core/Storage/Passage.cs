using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Storage;

/// <summary>One content paragraph with its article and the content paragraphs just before and after it.</summary>
public sealed record Passage(
    ParagraphDocument Document,
    ArticleInfo Article,
    ParagraphDocument? Previous,
    ParagraphDocument? Next);

/// <summary>An article's metadata and its content paragraphs in order.</summary>
public sealed record ArticleView(ArticleInfo Article, IReadOnlyList<ParagraphDocument> Paragraphs);
