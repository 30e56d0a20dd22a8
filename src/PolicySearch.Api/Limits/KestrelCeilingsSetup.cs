using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace PolicySearch.Api.Limits;

/// <summary>Raises Kestrel's request line and header limits to the ceilings of <see cref="LimitsOptions.Kestrel"/>.</summary>
internal static class KestrelCeilingsSetup
{
    public static IServiceCollection AddKestrelCeilings(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, limits) =>
        {
            var ceilings = limits.Value.Kestrel;
            kestrel.Limits.MaxRequestLineSize = ceilings.MaxRequestLineSize;
            kestrel.Limits.MaxRequestHeadersTotalSize = ceilings.MaxRequestHeadersTotalSize;
            kestrel.Limits.MaxRequestHeaderCount = ceilings.MaxRequestHeaderCount;
            // Kestrel refuses to start when a request line or header block could not fit its per-connection buffer.
            var needed = Math.Max(ceilings.MaxRequestLineSize, ceilings.MaxRequestHeadersTotalSize);
            if (kestrel.Limits.MaxRequestBufferSize is { } buffer && buffer < needed)
            {
                kestrel.Limits.MaxRequestBufferSize = needed;
            }
        });
        return services;
    }
}
