namespace PolicySearch.Api.Limits;

/// <summary>
/// The service's limits, bound from <c>PolicySearch:Limits</c> (README, "Limits"). Two tiers guard the size of a
/// request: the service's own limits (<see cref="MaxUrlLength"/> and the rest), enforced by middleware that
/// answers problem+json, and <see cref="Kestrel"/>'s ceilings above them. Kestrel rejects what passes its ceilings
/// before any middleware runs, with an empty body, so its ceilings sit well above the service's limits: what
/// is merely too large reaches the middleware and is answered with a problem, and only the absurd is cut off
/// by Kestrel.
/// </summary>
public sealed class LimitsOptions
{
    public const string Section = "PolicySearch:Limits";

    /// <summary>Characters of path and query string as sent (414 above).</summary>
    public int MaxUrlLength { get; set; } = 8_192;

    /// <summary>Query string parameters, counting every value of a repeated one (400 above).</summary>
    public int MaxQueryParameters { get; set; } = 200;

    /// <summary>Request headers (431 above).</summary>
    public int MaxHeaderCount { get; set; } = 100;

    /// <summary>Characters of all request header names and values together (431 above).</summary>
    public int MaxHeadersTotalSize { get; set; } = 32_768;

    public KestrelCeilings Kestrel { get; set; } = new();

    /// <summary>How long a request may take before it is answered 504 (work that awaits is cancelled).</summary>
    public double RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>The same for <c>/api/export</c>, which streams up to 10,000 rows.</summary>
    public double ExportTimeoutSeconds { get; set; } = 120;

    /// <summary>Every request but <c>/health</c>, per client IP address.</summary>
    public TokenBucket Api { get; set; } = new() { TokenLimit = 200, TokensPerPeriod = 20, ReplenishmentPeriodSeconds = 1 };

    /// <summary><c>/api/export</c>, per client IP address, on top of <see cref="Api"/>.</summary>
    public TokenBucket Export { get; set; } = new() { TokenLimit = 5, TokensPerPeriod = 1, ReplenishmentPeriodSeconds = 12 };

    /// <summary>The first setting that makes no sense, or null when all do.</summary>
    public string? Problem()
    {
        if (MaxUrlLength < 1 || MaxQueryParameters < 1 || MaxHeaderCount < 1 || MaxHeadersTotalSize < 1)
        {
            return "MaxUrlLength, MaxQueryParameters, MaxHeaderCount and MaxHeadersTotalSize must be at least 1.";
        }

        if (RequestTimeoutSeconds <= 0 || ExportTimeoutSeconds <= 0)
        {
            return "RequestTimeoutSeconds and ExportTimeoutSeconds must be more than 0.";
        }

        // The service's limits must lie below Kestrel's ceilings, or requests between them would get Kestrel's empty answers.
        if (MaxUrlLength >= Kestrel.MaxRequestLineSize || MaxHeadersTotalSize >= Kestrel.MaxRequestHeadersTotalSize || MaxHeaderCount >= Kestrel.MaxRequestHeaderCount)
        {
            return "Kestrel's ceilings (Kestrel:MaxRequestLineSize, MaxRequestHeadersTotalSize, MaxRequestHeaderCount) must be above MaxUrlLength, MaxHeadersTotalSize and MaxHeaderCount.";
        }

        return Api.Problem(nameof(Api)) ?? Export.Problem(nameof(Export));
    }
}

/// <summary>Kestrel's own limits (<c>KestrelServerLimits</c>, same names): the ceilings above the service's limits.</summary>
public sealed class KestrelCeilings
{
    /// <summary>Bytes of the request line (method, target, version). Kestrel's default is 8 KiB.</summary>
    public int MaxRequestLineSize { get; set; } = 262_144;

    /// <summary>Bytes of all request headers. Kestrel's default is 32 KiB.</summary>
    public int MaxRequestHeadersTotalSize { get; set; } = 131_072;

    /// <summary>Kestrel's default is 100.</summary>
    public int MaxRequestHeaderCount { get; set; } = 1_000;
}

/// <summary>A token bucket: <see cref="TokenLimit"/> requests at once, refilled by <see cref="TokensPerPeriod"/> every period. A limit of 0 turns it off.</summary>
public sealed class TokenBucket
{
    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public double ReplenishmentPeriodSeconds { get; set; }

    public bool IsOff => TokenLimit == 0;

    internal string? Problem(string name) =>
        IsOff || (TokenLimit > 0 && TokensPerPeriod > 0 && ReplenishmentPeriodSeconds > 0)
            ? null
            : $"{name}: TokenLimit must be 0 (no limit) or more, with TokensPerPeriod and ReplenishmentPeriodSeconds above 0.";
}
