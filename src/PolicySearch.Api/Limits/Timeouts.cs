using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;
using PolicySearch.Api.Errors;

namespace PolicySearch.Api.Limits;

/// <summary>
/// Request deadlines (ASP.NET's request timeouts middleware): when one passes, the request's cancellation token
/// fires, and work that awaits with it (the export's streaming, between pages) stops; a request that has not
/// started its response is answered 504 with a problem. A search itself is synchronous and bounded by the query
/// limits instead; it runs to completion.
/// </summary>
public static class Timeouts
{
    public const string ExportPolicy = "export";

    internal static IServiceCollection AddTimeouts(this IServiceCollection services)
    {
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitsOptions>>((options, limits) =>
        {
            options.DefaultPolicy = Policy(limits.Value.RequestTimeoutSeconds);
            options.AddPolicy(ExportPolicy, Policy(limits.Value.ExportTimeoutSeconds));
        });
        return services;
    }

    private static RequestTimeoutPolicy Policy(double seconds) => new()
    {
        Timeout = TimeSpan.FromSeconds(seconds),
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = context => Problems.WriteAsync(context, Problems.Create(StatusCodes.Status504GatewayTimeout, EdgeErrorCodes.Timeout,
            $"The request took longer than its limit of {seconds:0.###} s and was stopped.")),
    };
}
