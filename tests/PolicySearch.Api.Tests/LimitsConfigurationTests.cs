using Microsoft.Extensions.Options;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>Timeouts answer with a problem, and settings that contradict each other stop the service at start.</summary>
public sealed class LimitsConfigurationTests(LimitsConfigurationTests.ShortTimeoutApplication app) : IClassFixture<LimitsConfigurationTests.ShortTimeoutApplication>
{
    public sealed class ShortTimeoutApplication : TestEndpointsApplication
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["PolicySearch:Limits:RequestTimeoutSeconds"] = "0.2",
        };
    }

    private sealed class ContradictoryLimitsApplication : PolicySearchApplication
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["PolicySearch:Limits:MaxUrlLength"] = "500000",
        };
    }

    [Fact]
    public async Task ARequestOverItsDeadline_IsA504Problem()
    {
        var (status, contentType, body) = await app.CreateClient().GetProblemAsync(TestOnlyEndpoints.SlowPath);

        Assert.Equal((504, "application/problem+json"), (status, contentType));
        Assert.Equal("request.timeout", body["code"]!.GetValue<string>());
        Assert.Contains("0.2 s", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void AServiceLimitAboveKestrelsCeiling_StopsTheServiceAtStart()
    {
        using var contradictory = new ContradictoryLimitsApplication();

        var error = Assert.Throws<OptionsValidationException>(() => contradictory.CreateClient());

        Assert.Contains("MaxRequestLineSize", error.Message, StringComparison.Ordinal);
    }
}
