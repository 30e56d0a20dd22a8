using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>
/// Rate limits per client address, with buckets too small to refill during a test (one token an hour), so the
/// 429 is certain, not timing-dependent. Each test uses addresses of its own, since buckets live as long as the host.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.TinyLimitsApplication app) : IClassFixture<RateLimitTests.TinyLimitsApplication>
{
    public sealed class TinyLimitsApplication : PolicySearchApplication
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["PolicySearch:Limits:Api:TokenLimit"] = "3",
            ["PolicySearch:Limits:Api:TokensPerPeriod"] = "1",
            ["PolicySearch:Limits:Api:ReplenishmentPeriodSeconds"] = "3600",
            ["PolicySearch:Limits:Export:TokenLimit"] = "1",
            ["PolicySearch:Limits:Export:TokensPerPeriod"] = "1",
            ["PolicySearch:Limits:Export:ReplenishmentPeriodSeconds"] = "3600",
        };
    }

    [Fact]
    public async Task AClientOverItsBudget_GetsA429Problem_WhileOtherClientsAndHealthDoNot()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await GetAsync("10.0.0.1", "/api/search?q=detainer")).Status);
        }

        var (status, headers, body) = await GetAsync("10.0.0.1", "/api/search?q=detainer");

        Assert.Equal(429, status);
        Assert.Equal("application/problem+json", headers.ContentType.ToString().Split(';')[0]);
        Assert.Equal("request.rate-limited", body!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["detail"]?.GetValue<string>()));
        Assert.True(int.Parse(headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(200, (await GetAsync("10.0.0.2", "/api/search?q=detainer")).Status);
        Assert.Equal(200, (await GetAsync("10.0.0.1", "/health")).Status);
    }

    [Fact]
    public async Task Export_HasAStricterBudget()
    {
        // The general bucket (3) still holds tokens for the second export: only the export's bucket (1) can refuse it.
        Assert.Equal(200, (await GetAsync("10.0.1.1", "/api/export?q=detainer")).Status);

        var (status, _, body) = await GetAsync("10.0.1.1", "/api/export?q=detainer");

        Assert.Equal(429, status);
        Assert.Equal("request.rate-limited", body!["code"]!.GetValue<string>());
        Assert.Contains("export", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>A request from <paramref name="address"/>: the in-memory server lets a test choose the peer.</summary>
    private async Task<(int Status, IHeaderDictionary Headers, JsonObject? Body)> GetAsync(string address, string pathAndQuery)
    {
        var uri = new Uri("http://localhost" + pathAndQuery);
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = uri.AbsolutePath;
            c.Request.QueryString = new QueryString(uri.Query);
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var isJson = context.Response.ContentType?.Contains("json", StringComparison.Ordinal) == true;
        return (context.Response.StatusCode, context.Response.Headers, isJson ? JsonNode.Parse(text)!.AsObject() : null);
    }
}
