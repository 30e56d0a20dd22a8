namespace PolicySearch.Core.Analysis.Stances;

/// <summary>One stance cue found in a paragraph: the words, their signed weight (+ supports, − opposes), and whether a negation flipped it.</summary>
internal sealed record StanceCue(string Words, double Weight, bool Negated)
{
    /// <summary>Readable evidence, e.g. <c>cue:+welcoming</c> or <c>cue:-dangerous</c> or <c>cue:+dangerous(negated)</c>.</summary>
    public string Evidence => $"cue:{(Weight >= 0 ? "+" : "-")}{Words}{(Negated ? "(negated)" : "")}";
}
