namespace PolicySearch.Core.Corpus;

/// <summary>One validated entry of <c>articles.json</c>: the metadata of one article file.</summary>
internal sealed record ManifestEntry(string File, string Outlet, string? Date, string? Title, string? Url);
