using PolicySearch.Core.Analysis.Speakers;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// A paragraph's stance with its cue evidence, and the speaker whose established stance decided the rules' side (if
/// any), kept as an entity so the evidence can show the canonical name once the corpus pass has run. With a stance
/// model, <see cref="Stance"/> is the blend's and <see cref="Rules"/> the rules' own; <see cref="ModelProbabilities"/>
/// are the model's (indexed by <see cref="Analysis.Stance"/>) and <see cref="ModelWords"/> the words that weighed most
/// for the blend's stance. Only these are kept: every draft of a build lives until the corpus pass, and a reading's
/// features would hold about a kilobyte a paragraph.
/// </summary>
internal sealed record StanceDecision(Stance Stance, IReadOnlyList<string> CueEvidence, Entity? PriorSpeaker, double PriorScore)
{
    public Stance Rules { get; init; } = Stance;

    public double[]? ModelProbabilities { get; init; }

    public IReadOnlyList<string> ModelWords { get; init; } = [];
}
