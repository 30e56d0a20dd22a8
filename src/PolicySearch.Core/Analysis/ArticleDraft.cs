using PolicySearch.Core.Analysis.Speakers;
using PolicySearch.Core.Analysis.Stances;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Analysis;

/// <summary>
/// One article analysed on its own (the parallel stage): kinds, speakers as article-level entities, stances.
/// The corpus pass then canonicalises the speaker names across articles.
/// </summary>
internal sealed record ArticleDraft(
    Article Article,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<(ParagraphKind Kind, string Rule)> Kinds,
    IReadOnlyList<IReadOnlyList<Entity>> Speakers,
    IReadOnlyList<StanceDecision?> Stances,
    IReadOnlyList<PersonRecord> People);

/// <summary>A person named in full in an article, with the role and place its titles gave (for naming offices).</summary>
internal sealed record PersonRecord(string Name, string? Role, string? Place);
