using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>Every error a user can cause is a 4xx problem+json with a readable detail, never a 5xx.</summary>
public sealed class ErrorApiTests(PolicySearchApplication app) : IClassFixture<PolicySearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("q=%22detainer%20warrant", "query.")]
    [InlineData("q=(detainer%20OR%20warrant", "query.")]
    [InlineData("q=foo:bar", "query.")]
    [InlineData("q=detainer&pageSize=0", "request.page-size")]
    [InlineData("q=detainer&pageSize=1000", "request.page-size")]
    [InlineData("q=detainer&page=0", "request.page")]
    [InlineData("q=detainer&page=abc", "request.page")]
    [InlineData("q=detainer&sort=sideways", "request.sort")]
    [InlineData("q=detainer&explain=maybe", "request.explain")]
    public async Task BadInput_IsAProblemWithCodeAndDetail(string query, string codePrefix)
    {
        var (status, contentType, body) = await _client.GetProblemAsync("/api/search?" + query);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.StartsWith(codePrefix, body["code"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(body["detail"]?.GetValue<string>()));
    }

    [Fact]
    public async Task QuerySyntaxError_SaysWhere()
    {
        var (_, _, body) = await _client.GetProblemAsync("/api/search?q=" + Uri.EscapeDataString("sanctuary \"detainer warrant"));

        Assert.Equal(10, body["position"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("OR OR")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("NEAR(")]
    [InlineData("^")]
    [InlineData(":")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData(")(")]
    [InlineData("speaker:")]
    [InlineData("year:abc")]
    [InlineData("日本語 の テキスト")]
    [InlineData("\u0000\u0001")]
    [InlineData("🙂 detainer")]
    public async Task HostileQueries_NeverFailTheServer(string query)
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.True((int)response.StatusCode is 200 or 400, $"'{query}' answered {(int)response.StatusCode}");
        if ((int)response.StatusCode == 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task VeryLongQuery_IsAnsweredWithoutServerError()
    {
        var query = string.Join(' ', Enumerable.Repeat("detainer OR (warrant AND \"sanctuary city\")", 2_000));
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.True((int)response.StatusCode is 200 or 400 or 414);
    }

    [Fact]
    public async Task UnknownPassageAndArticle_AreNotFoundProblems()
    {
        var passage = await _client.GetProblemAsync("/api/passages/nope-3");
        var article = await _client.GetProblemAsync("/api/articles/nope");

        Assert.Equal((404, "application/problem+json"), (passage.Status, passage.ContentType));
        Assert.Equal((404, "application/problem+json"), (article.Status, article.ContentType));
    }

    [Fact]
    public async Task UnknownExportFormat_IsAProblem()
    {
        var (status, _, body) = await _client.GetProblemAsync("/api/export?q=detainer&format=xlsx");

        Assert.Equal(400, status);
        Assert.Equal("request.format", body["code"]!.GetValue<string>());
    }
}
