namespace PolicySearch.Core.Corpus;

/// <summary>
/// One article as read from the corpus (SPEC §1). <see cref="Id"/> is the file name without extension
/// (or the JSONL <c>id</c>). <see cref="Date"/> keeps the manifest's precision: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.
/// </summary>
public sealed record Article(
    string Id,
    string Outlet,
    string? Date,
    string? Title,
    string? Url,
    string Text)
{
    /// <summary>Outlet used when an article has no manifest entry.</summary>
    public const string UnknownOutlet = "Unknown";

    /// <summary>The year facet, from the first four digits of <see cref="Date"/>.</summary>
    public int? Year => Date is { Length: >= 4 } d && int.TryParse(d.AsSpan(0, 4), out var y) ? y : null;
}
