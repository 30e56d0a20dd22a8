namespace PolicySearch.Core.Indexing;

/// <summary>An article's metadata as hits and the article endpoint show it.</summary>
public sealed record ArticleInfo(
    string ArticleId,
    string Outlet,
    string? Date,
    int? Year,
    string? Title,
    string? Url);
