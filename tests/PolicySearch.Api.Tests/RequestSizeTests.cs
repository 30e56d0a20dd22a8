using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>
/// Oversized requests over real Kestrel: what the service's limits turn away is a problem+json with a code, not
/// Kestrel's empty 414, 431 or 400 (its ceilings lie far above the service's limits).
/// </summary>
public sealed class RequestSizeTests(KestrelApplication app) : IClassFixture<KestrelApplication>
{
    [Fact]
    public async Task AQueryOf100000Characters_IsAUrlTooLongProblem()
    {
        var (status, body) = await GetAsync("api/search?q=" + new string('a', 100_000));

        Assert.Equal(414, status);
        Assert.Equal("request.url-too-long", body["code"]!.GetValue<string>());
        Assert.Contains("8,192", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoThousandRepeatedParameters_AreAProblem()
    {
        var (status, body) = await GetAsync("api/search?" + string.Join('&', Enumerable.Repeat("stance=opposes", 2_000)));

        Assert.Equal(414, status);
        Assert.Equal("request.url-too-long", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TooManyShortParameters_AreATooManyParametersProblem()
    {
        var (status, body) = await GetAsync("api/search?" + string.Join('&', Enumerable.Repeat("year=2017", 300)));

        Assert.Equal(400, status);
        Assert.Equal("request.too-many-parameters", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AHeaderOf40000Characters_IsAHeadersTooLargeProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/search?q=detainer");
        request.Headers.TryAddWithoutValidation("X-Padding", new string('a', 40_000));

        var (status, body) = await SendAsync(request);

        Assert.Equal(431, status);
        Assert.Equal("request.headers-too-large", body["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TooManyHeaders_AreAHeadersTooLargeProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/search?q=detainer");
        for (var i = 0; i < 150; i++)
        {
            request.Headers.TryAddWithoutValidation($"X-Header-{i}", "x");
        }

        var (status, body) = await SendAsync(request);

        Assert.Equal(431, status);
        Assert.Equal("request.headers-too-large", body["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("api/passages/%01")]
    [InlineData("api/articles/a%1Fb")]
    [InlineData("api/passages/%7F")]
    public async Task AControlCharacterInThePath_IsAnInvalidPathProblem(string url)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(400, status);
        Assert.Equal("request.invalid-path", body["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("api/search?q=%FF%FE", 400, "request.invalid-encoding")]
    [InlineData("api/search?q=detainer&q=warrant", 400, "request.duplicate-parameter")]
    [InlineData("api/search?stance=maybe", 400, "request.filter-value")]
    public async Task OddQueryStrings_AsKestrelPassesThemOn_AreProblems(string url, int expectedStatus, string expectedCode)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(expectedStatus, status);
        Assert.Equal(expectedCode, body["code"]!.GetValue<string>());
    }

    /// <summary>
    /// The case the README documents as out of reach: Kestrel refuses a path with an encoded NUL while parsing the
    /// request line, before any middleware exists for the request, and its answer has no body. (Every other control
    /// character reaches the service and is a problem, above.)
    /// </summary>
    [Fact]
    public async Task AnEncodedNulInThePath_IsRefusedByKestrelItself()
    {
        using var client = app.CreateKestrelClient();
        using var response = await client.GetAsync(new Uri("api/passages/%00", UriKind.Relative));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<(int Status, JsonObject Body)> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(request);
    }

    private async Task<(int Status, JsonObject Body)> SendAsync(HttpRequestMessage request)
    {
        using var client = app.CreateKestrelClient();
        using var response = await client.SendAsync(request);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(string.IsNullOrWhiteSpace(body["detail"]?.GetValue<string>()));
        return ((int)response.StatusCode, body);
    }
}
