namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// One stance cue found in a paragraph: the words, their signed weight (+ supports, − opposes), and whether a
/// negation or an enforcement target ("condemned the raids") turned it to the other side, and whether it stands in
/// a conceded point (before "but", or in an opening "While …," clause), where it counts half.
/// </summary>
internal sealed record StanceCue(string Words, double Weight, bool Negated, bool AimedAtEnforcement = false, bool Conceded = false, StanceCueNote Note = StanceCueNote.None)
{
    /// <summary>
    /// Readable evidence, e.g. <c>cue:+welcoming</c>, <c>cue:+dangerous(negated)</c>, <c>cue:+condemned(at enforcement)</c>,
    /// <c>cue:+protect immigrants(conceded)</c>, <c>cue:+no support(refusal)</c>, <c>cue:+protect immigrants(purpose)</c> (weight 0),
    /// <c>cue:-supporting legislation to repeal the trust(position)</c>.
    /// </summary>
    public string Evidence => $"cue:{(Weight >= 0 ? "+" : "-")}{Words}{(Negated ? "(negated)" : "")}{(AimedAtEnforcement ? "(at enforcement)" : "")}{(Conceded ? "(conceded)" : "")}{Note switch
    {
        StanceCueNote.Refusal => "(refusal)",
        StanceCueNote.Purpose => "(purpose)",
        StanceCueNote.Described => "(described)",
        StanceCueNote.Question => "(whether)",
        StanceCueNote.Position => "(position)",
        _ => "",
    }}";
}

/// <summary>How a cue was read beyond its lexicon entry.</summary>
internal enum StanceCueNote
{
    None,

    /// <summary>A refusal to cooperate with federal enforcement ("will get no support from the city", "cannot facilitate the raids").</summary>
    Refusal,

    /// <summary>The stated purpose of a law in the author's words ("provisions designed to protect immigrants"): it counts for nothing.</summary>
    Purpose,

    /// <summary>A poll's findings or a law's own text, reported ("percent of respondents said", "according to the ordinance"): it counts for nothing.</summary>
    Described,

    /// <summary>The question of a "whether" clause ("whether or not we remain a sanctuary city"): it counts for nothing.</summary>
    Question,

    /// <summary>A position on the law itself ("we support the Trust Act", "supporting legislation to repeal the Trust Act").</summary>
    Position,
}
