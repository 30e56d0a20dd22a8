namespace PolicySearch.Core.Analysis;

/// <summary>
/// One paragraph of an article after analysis: its kind (and the rule that decided it), its speakers as
/// canonical names, and its stance with the evidence behind it. <see cref="Index"/> is the 0-based
/// position among all the article's paragraphs, of every kind.
/// </summary>
public sealed record AnalyzedParagraph(
    string ArticleId,
    int Index,
    string Text,
    ParagraphKind Kind,
    string Rule,
    IReadOnlyList<string> Speakers,
    Stance? Stance,
    IReadOnlyList<string> StanceEvidence);
