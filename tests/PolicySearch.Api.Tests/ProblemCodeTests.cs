using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>Every problem carries a <c>code</c>, including those ASP.NET raises itself, whatever the client accepts.</summary>
public sealed class ProblemCodeTests(PolicySearchApplication app) : IClassFixture<PolicySearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("/api/passages/nope-3", 404, "passage.not-found")]
    [InlineData("/api/articles/nope", 404, "article.not-found")]
    [InlineData("/api/no-such-route", 404, "request.not-found")]
    public async Task NotFound_HasACode(string url, int expectedStatus, string expectedCode)
    {
        var (status, contentType, body) = await _client.GetProblemAsync(url);

        Assert.Equal((expectedStatus, "application/problem+json"), (status, contentType));
        Assert.Equal(expectedCode, body["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["traceId"]?.GetValue<string>()));
    }

    [Fact]
    public async Task WrongMethod_IsAProblemWithACode()
    {
        using var response = await _client.PostAsync(new Uri("/api/search", UriKind.Relative), content: null);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("request.method-not-allowed", body!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/csv")]
    [InlineData("image/png")]
    public async Task AClientThatAcceptsNoJson_StillGetsTheProblem(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=%22unclosed");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("query.unbalanced-quote", body!["code"]!.GetValue<string>());
    }
}
