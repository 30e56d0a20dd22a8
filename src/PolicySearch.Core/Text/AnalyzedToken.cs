namespace PolicySearch.Core.Text;

/// <summary>An indexed term with the UTF-16 range of the raw token it came from, for highlighting.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End);
