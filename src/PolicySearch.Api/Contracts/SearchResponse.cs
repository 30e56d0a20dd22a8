using System.Text.Json.Serialization;
using PolicySearch.Core.Querying.Relevance;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Contracts;

/// <summary>The JSON of <c>/api/search</c> (SPEC §4).</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int PageSize,
    double TookMs,
    IReadOnlyList<HitResponse> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public static SearchResponse From(SearchResult result) => new(
        result.Query,
        result.Total,
        result.Page,
        result.PageSize,
        Math.Round(result.TookMs, 3),
        result.Hits.Select(HitResponse.From).ToList(),
        result.Facets);

    /// <summary>The index build that answered (see Hosting/IndexVersion).</summary>
    public string? IndexVersion { get; init; }
}

/// <summary>
/// One hit. <see cref="Highlight"/> is HTML: the paragraph escaped, with matches in &lt;mark&gt;;
/// <see cref="Text"/> is the plain paragraph and <see cref="Matches"/> the match offsets in it.
/// </summary>
public sealed record HitResponse(
    string Id,
    string ArticleId,
    int Paragraph,
    string? Title,
    string Outlet,
    string? Date,
    int? Year,
    string? Url,
    IReadOnlyList<string> Speakers,
    string Stance,
    IReadOnlyList<string> StanceEvidence,
    double Score,
    string Highlight,
    string Text,
    IReadOnlyList<MatchSpan> Matches)
{
    /// <summary>With <c>explain=true</c>: the score's parts (<c>bm25</c> of the text, each boost that applied); absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoreExplanation? Explanation { get; init; }

    public static HitResponse From(SearchHit hit) => new(
        hit.Document.Id,
        hit.Document.ArticleId,
        hit.Document.Paragraph,
        hit.Article.Title,
        hit.Article.Outlet,
        hit.Article.Date,
        hit.Article.Year,
        hit.Article.Url,
        hit.Document.Speakers,
        hit.Document.Stance,
        hit.Document.StanceEvidence,
        Math.Round(hit.Score, 4),
        hit.Highlight,
        hit.Document.Text,
        hit.Matches)
    {
        Explanation = hit.Explanation,
    };

    /// <summary>How widely the paragraph's quotation is echoed in other paragraphs and outlets; null when it is not.</summary>
    public Core.Echoes.EchoSummary? Echoes { get; init; }
}
