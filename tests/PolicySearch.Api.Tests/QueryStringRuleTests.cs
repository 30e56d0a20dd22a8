using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>Query strings ASP.NET would bind by guessing: a single-valued parameter twice, escapes that are not UTF-8.</summary>
public sealed class QueryStringRuleTests(PolicySearchApplication app) : IClassFixture<PolicySearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("/api/search?q=detainer&q=warrant", "q")]
    [InlineData("/api/search?q=detainer&Q=warrant", "q")]
    [InlineData("/api/search?page=1&page=2", "page")]
    [InlineData("/api/search?pageSize=5&pageSize=5", "pageSize")]
    [InlineData("/api/search?sort=newest&sort=oldest", "sort")]
    [InlineData("/api/export?q=detainer&format=csv&format=jsonl", "format")]
    [InlineData("/api/search?q=detainer&anything=1&anything=2", "anything")]
    public async Task ASingleValuedParameterGivenTwice_IsA400NamingIt(string url, string parameter)
    {
        var (status, contentType, body) = await _client.GetProblemAsync(url);

        Assert.Equal((400, "application/problem+json"), (status, contentType));
        Assert.Equal("request.duplicate-parameter", body["code"]!.GetValue<string>());
        Assert.StartsWith($"'{parameter}' was given 2 times", body["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RepeatedFacetFilters_AreStillOrEd()
    {
        var result = await _client.GetJsonAsync("/api/search?stance=opposes&stance=supports&year=2017&year=2025&outlet=a&outlet=b&speaker=x&speaker=y");

        Assert.Equal(2, result["facets"]!["stance"]!.AsArray().Count(value => value!["selected"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("/api/search?q=%FF%FE", "'q'")]
    [InlineData("/api/search?q=caf%C3", "'q'")]
    [InlineData("/api/search?q=%C3%28", "'q'")]
    [InlineData("/api/search?q=%ED%A0%80", "'q'")] // an encoded surrogate half
    [InlineData("/api/search?q=%C0%AF", "'q'")] // an overlong '/'
    [InlineData("/api/search?q=detainer&speaker=%E2%82", "'speaker'")]
    [InlineData("/api/search?%FF=1", "a parameter name")]
    [InlineData("/api/passages/x?q=%80", "'q'")]
    public async Task EscapesThatAreNotUtf8_AreA400(string url, string naming)
    {
        var (status, contentType, body) = await _client.GetProblemAsync(url);

        Assert.Equal((400, "application/problem+json"), (status, contentType));
        Assert.Equal("request.invalid-encoding", body["code"]!.GetValue<string>());
        Assert.Contains(naming, body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=caf%C3%A9")]
    [InlineData("/api/search?q=%E6%97%A5%E6%9C%AC")]
    [InlineData("/api/search?q=%F0%9F%99%82%20detainer")]
    [InlineData("/api/search?q=100%25")]
    [InlineData("/api/search?q=50%")]
    [InlineData("/api/search?q=%zz")]
    [InlineData("/api/search?q=caf%C3%A9+au+lait")]
    public async Task ValidUtf8AndStrayPercentSigns_AreAccepted(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(200, (int)response.StatusCode);
    }
}
