namespace PolicySearch.Core.Indexing;

/// <summary>
/// The unit of search: one content paragraph with its facets. <see cref="Id"/> is
/// <c>{ArticleId}-{Paragraph}</c>. <see cref="Stance"/> is the lower-case facet value
/// (<c>supports</c>, <c>opposes</c>, <c>neutral</c>).
/// </summary>
public sealed record ParagraphDocument(
    string Id,
    string ArticleId,
    int Paragraph,
    string Text,
    string Outlet,
    int? Year,
    IReadOnlyList<string> Speakers,
    string Stance,
    IReadOnlyList<string> StanceEvidence)
{
    public static string MakeId(string articleId, int paragraph) => $"{articleId}-{paragraph}";
}
