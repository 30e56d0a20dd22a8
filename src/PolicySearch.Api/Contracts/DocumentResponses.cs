using PolicySearch.Core.Indexing;

namespace PolicySearch.Api.Contracts;

/// <summary>A content paragraph as the passage and article endpoints show it.</summary>
public sealed record ParagraphResponse(
    string Id,
    int Paragraph,
    string Text,
    IReadOnlyList<string> Speakers,
    string Stance,
    IReadOnlyList<string> StanceEvidence)
{
    public static ParagraphResponse From(ParagraphDocument document) =>
        new(document.Id, document.Paragraph, document.Text, document.Speakers, document.Stance, document.StanceEvidence);
}

/// <summary>The JSON of <c>/api/passages/{id}</c>: the paragraph, its article and its neighbours.</summary>
public sealed record PassageResponse(
    ParagraphResponse Passage,
    ArticleInfo Article,
    ParagraphResponse? Previous,
    ParagraphResponse? Next)
{
    /// <summary>The index build that answered (see Hosting/IndexVersion).</summary>
    public string? IndexVersion { get; init; }
}

/// <summary>The JSON of <c>/api/articles/{articleId}</c>: metadata and content paragraphs in order.</summary>
public sealed record ArticleResponse(ArticleInfo Article, IReadOnlyList<ParagraphResponse> Paragraphs)
{
    /// <summary>The index build that answered (see Hosting/IndexVersion).</summary>
    public string? IndexVersion { get; init; }
}
