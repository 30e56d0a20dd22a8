namespace PolicySearch.Api.Hosting;

/// <summary>The service's settings, bound from the <c>PolicySearch</c> configuration section (SPEC §3).</summary>
public sealed class PolicySearchOptions
{
    public const string Section = "PolicySearch";

    /// <summary>The index folder the service opens read-only (environment: <c>PolicySearch__IndexPath</c>).</summary>
    public string IndexPath { get; set; } = "index";

    /// <summary>The corpus the index is built from when <see cref="IndexPath"/> holds no index yet.</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>How often the service looks for a new build in <see cref="IndexPath"/> to switch to (0: never).</summary>
    public double ReloadIntervalSeconds { get; set; } = 2;

    /// <summary>
    /// How long a replaced index stays open after the switch, so that requests already running on it finish there;
    /// longer than any request may run.
    /// </summary>
    public double RetiredIndexGraceSeconds { get; set; } = 120;
}
