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

    /// <summary>The three names, in the order of <see cref="Stance"/>'s sides first.</summary>
    public static IReadOnlyList<string> All { get; } = [Supports, Opposes, Neutral];

    public static string ToName(this Stance stance) => stance switch
    {
        Stance.Supports => Supports,
        Stance.Opposes => Opposes,
        _ => Neutral,
    };

    /// <summary>The stance a name stands for; <c>null</c> for anything else.</summary>
    public static Stance? FromName(string name) => name switch
    {
        Supports => Stance.Supports,
        Opposes => Stance.Opposes,
        Neutral => Stance.Neutral,
        _ => null,
    };
}
