using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Analysis;

/// <summary>An article with its paragraphs analysed (all kinds, in file order).</summary>
public sealed record AnalyzedArticle(Article Article, IReadOnlyList<AnalyzedParagraph> Paragraphs);
