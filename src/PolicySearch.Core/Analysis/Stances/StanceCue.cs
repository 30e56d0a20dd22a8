namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// One stance cue found in a paragraph: the words, their signed weight (+ supports, − opposes), and whether a
/// negation or an enforcement target ("condemned the raids") turned it to the other side.
/// </summary>
internal sealed record StanceCue(string Words, double Weight, bool Negated, bool AimedAtEnforcement = false)
{
    /// <summary>Readable evidence, e.g. <c>cue:+welcoming</c>, <c>cue:+dangerous(negated)</c>, <c>cue:+condemned(at enforcement)</c>.</summary>
    public string Evidence => $"cue:{(Weight >= 0 ? "+" : "-")}{Words}{(Negated ? "(negated)" : "")}{(AimedAtEnforcement ? "(at enforcement)" : "")}";
}
