using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>
/// SPEC §4: a malformed facet value is a 400, in the query string or as a fielded clause of the query; a
/// well-formed value that no paragraph has is a 200 with 0 hits.
/// </summary>
public sealed class FilterValueTests(PolicySearchApplication app) : IClassFixture<PolicySearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("year=abc", "request.filter-value", "abc")]
    [InlineData("year=20170", "request.filter-value", "20170")]
    [InlineData("year=%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%97", "request.filter-value", "２０１７")]
    [InlineData("year=2017&year=20x7", "request.filter-value", "20x7")]
    [InlineData("stance=maybe", "request.filter-value", "maybe")]
    [InlineData("q=detainer&stance=opposes&stance=perhaps", "request.filter-value", "perhaps")]
    [InlineData("q=stance:maybe", "query.invalid-field-value", "maybe")]
    [InlineData("q=detainer%20OR%20stance:maybe", "query.invalid-field-value", "maybe")]
    [InlineData("q=stance:%22not%20sure%22", "query.invalid-field-value", "not sure")]
    [InlineData("q=year:abc", "query.invalid-field-value", "abc")]
    public async Task AMalformedFacetValue_IsA400WithACode(string query, string code, string value)
    {
        var (status, contentType, body) = await _client.GetProblemAsync("/api/search?" + query);

        Assert.Equal((400, "application/problem+json"), (status, contentType));
        Assert.Equal(code, body["code"]!.GetValue<string>());
        Assert.Contains($"'{value}'", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedFilter_IsA400ForTheExportToo()
    {
        var (status, _, body) = await _client.GetProblemAsync("/api/export?year=abc");

        Assert.Equal(400, status);
        Assert.Equal("request.filter-value", body["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("year=1999")]
    [InlineData("year=17")]
    [InlineData("outlet=Nowhere")]
    [InlineData("speaker=Nobody%20At%20All")]
    [InlineData("q=year:1999")]
    [InlineData("q=outlet:Nowhere")]
    public async Task AWellFormedValueNoParagraphHas_IsA200WithNoHits(string query)
    {
        var result = await _client.GetJsonAsync("/api/search?" + query);

        Assert.Equal(0, result["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("stance=Opposes")]
    [InlineData("stance=%20opposes%20")]
    [InlineData("q=stance:OPPOSES")]
    [InlineData("year=2017&stance=")]
    public async Task WellFormedValues_InAnyCaseOrPadding_StillMatch(string query)
    {
        var result = await _client.GetJsonAsync("/api/search?" + query);

        Assert.True(result["total"]!.GetValue<int>() > 0, query);
    }
}
