using Microsoft.Extensions.Options;

namespace PolicySearch.Api.Limits;

/// <summary>Registers the limits of <see cref="LimitsOptions"/>: Kestrel's ceilings, rate limiting and request timeouts.</summary>
public static class LimitsRegistration
{
    public static IServiceCollection AddLimits(this IServiceCollection services)
    {
        // Bound lazily (options, not values read from the builder's configuration) so that a test host's settings apply.
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LimitsOptions>, LimitsValidation>();
        services.AddKestrelCeilings();
        services.AddRateLimits();
        services.AddTimeouts();
        return services;
    }

    /// <summary>A start-up failure naming the setting that makes no sense.</summary>
    private sealed class LimitsValidation : IValidateOptions<LimitsOptions>
    {
        public ValidateOptionsResult Validate(string? name, LimitsOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail($"{LimitsOptions.Section}: {problem}") : ValidateOptionsResult.Success;
    }
}
