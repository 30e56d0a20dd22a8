namespace PolicySearch.Api.Hosting;

/// <summary>The service's settings, bound from the <c>PolicySearch</c> configuration section (SPEC §3).</summary>
public sealed class PolicySearchOptions
{
    public const string Section = "PolicySearch";

    /// <summary>The index folder the service opens read-only (environment: <c>PolicySearch__IndexPath</c>).</summary>
    public string IndexPath { get; set; } = "index";

    /// <summary>The corpus the index is built from when <see cref="IndexPath"/> holds no index yet.</summary>
    public string SeedsPath { get; set; } = "seeds";
}
