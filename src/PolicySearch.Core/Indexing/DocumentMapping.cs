using PolicySearch.Core.Analysis;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Indexing;

/// <summary>How the analysis stage's output becomes the index's documents.</summary>
internal static class DocumentMapping
{
    public static ArticleInfo ToInfo(this Article article) =>
        new(article.Id, article.Outlet, article.Date, article.Year, article.Title, article.Url);

    public static ParagraphDocument ToDocument(this AnalyzedParagraph paragraph, Article article) =>
        new(
            ParagraphDocument.MakeId(article.Id, paragraph.Index),
            article.Id,
            paragraph.Index,
            paragraph.Text,
            article.Outlet,
            article.Year,
            paragraph.Speakers,
            (paragraph.Stance ?? Stance.Neutral).ToName(),
            paragraph.StanceEvidence);
}
