namespace PolicySearch.Core.Evaluation;

/// <summary>
/// One gold-labelled block (a non-empty line of an article): its position, kind, core and optional speakers
/// (canonical names) and stance. <see cref="CharStart"/>/<see cref="CharEnd"/> are code-point offsets into the file.
/// </summary>
public sealed record GoldParagraph(
    string ArticleId,
    int Index,
    int CharStart,
    int CharEnd,
    string First60,
    string Kind,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> OptionalSpeakers,
    string? Stance,
    bool Ambiguous);
