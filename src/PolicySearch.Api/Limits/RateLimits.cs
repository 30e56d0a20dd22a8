using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PolicySearch.Api.Errors;

namespace PolicySearch.Api.Limits;

/// <summary>
/// Per-client-IP token buckets (ASP.NET's rate limiting middleware): one for every request but <c>/health</c>
/// (a monitor must never be turned away, nor spend a user's budget), and a stricter one that
/// <c>/api/export</c> spends on top. A rejection is a 429 problem with a <c>Retry-After</c> header.
/// </summary>
public static class RateLimits
{
    public const string ExportPolicy = "export";

    internal static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((options, limits) =>
        {
            var (api, export) = (limits.Value.Api, limits.Value.Export);
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                api.IsOff || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context), _ => Bucket(api)));
            options.AddPolicy(ExportPolicy, context => export.IsOff
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context), _ => Bucket(export)));
            options.OnRejected = Reject;
        });
        return services;
    }

    private static TokenBucketRateLimiterOptions Bucket(TokenBucket bucket) => new()
    {
        TokenLimit = bucket.TokenLimit,
        TokensPerPeriod = bucket.TokensPerPeriod,
        ReplenishmentPeriod = TimeSpan.FromSeconds(bucket.ReplenishmentPeriodSeconds),
        // Rejected at once rather than queued: a queue would hold connections open for a client already over its budget.
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int?)Math.Ceiling(retryAfter.TotalSeconds) : null;
        if (retry is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var isExport = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == ExportPolicy;
        await Problems.WriteAsync(context, Problems.Create(StatusCodes.Status429TooManyRequests, EdgeErrorCodes.RateLimited,
            $"Too many requests from your address{(isExport ? " (exports have a stricter limit)" : "")}; try again {(retry is { } s ? $"in {s} s" : "shortly")}."));
    }
}
