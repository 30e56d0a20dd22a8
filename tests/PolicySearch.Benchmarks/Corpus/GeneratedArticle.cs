namespace PolicySearch.Benchmarks.Corpus;

/// <summary>One article as SPEC §1's JSONL line holds it; <see cref="Paragraphs"/> become <c>text</c>.</summary>
internal sealed record GeneratedArticle(
    string Id,
    string Outlet,
    string Date,
    string Title,
    string Url,
    IReadOnlyList<string> Paragraphs);
