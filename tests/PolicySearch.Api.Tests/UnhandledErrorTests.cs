using Microsoft.Extensions.Logging;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>A bug (an exception no mapping knows) is logged with the request's path and trace id, and the 500 carries that id.</summary>
public sealed class UnhandledErrorTests(TestEndpointsApplication app) : IClassFixture<TestEndpointsApplication>
{
    [Fact]
    public async Task UnhandledException_IsLoggedWithPathAndTraceId_AndThe500CarriesTheSameTraceId()
    {
        var client = app.CreateClient();

        var (status, contentType, body) = await client.GetProblemAsync(TestOnlyEndpoints.FailPath + "?q=anything");

        Assert.Equal(500, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("internal.error", body["code"]!.GetValue<string>());
        var traceId = body["traceId"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(traceId));
        Assert.Contains(traceId, body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("deliberate", body.ToJsonString(), StringComparison.Ordinal); // no internals in the response

        var entry = Assert.Single(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Values.GetValueOrDefault("TraceId") == traceId);
        Assert.Equal(TestOnlyEndpoints.FailPath, entry.Values["Path"]);
        Assert.Equal("GET", entry.Values["Method"]);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Contains(TestOnlyEndpoints.FailPath, entry.Message, StringComparison.Ordinal);
        Assert.Contains(traceId, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserErrors_AreNotLoggedAsErrors()
    {
        var client = app.CreateClient();

        var (status, _, body) = await client.GetProblemAsync("/api/search?q=%22unclosed");

        Assert.Equal(400, status);
        var traceId = body["traceId"]!.GetValue<string>();
        Assert.DoesNotContain(app.Logs.Entries, e => e.Level >= LogLevel.Error && e.Values.GetValueOrDefault("TraceId") == traceId);
    }
}
