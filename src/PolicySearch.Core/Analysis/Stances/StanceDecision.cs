using PolicySearch.Core.Analysis.Speakers;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// A paragraph's stance with its cue evidence, and the speaker whose established stance decided it (if any),
/// kept as an entity so the evidence can show the canonical name once the corpus pass has run.
/// </summary>
internal sealed record StanceDecision(Stance Stance, IReadOnlyList<string> CueEvidence, Entity? PriorSpeaker, double PriorScore);
