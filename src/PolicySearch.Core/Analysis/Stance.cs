namespace PolicySearch.Core.Analysis;

/// <summary>The view a paragraph expresses toward sanctuary protections (SPEC §2).</summary>
public enum Stance
{
    Neutral,
    Supports,
    Opposes,
}

public static class StanceNames
{
    public const string Supports = "supports";
    public const string Opposes = "opposes";
    public const string Neutral = "neutral";

    public static string ToName(this Stance stance) => stance switch
    {
        Stance.Supports => Supports,
        Stance.Opposes => Opposes,
        _ => Neutral,
    };
}
