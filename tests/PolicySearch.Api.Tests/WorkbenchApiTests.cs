using System.Globalization;
using System.Text.Json.Nodes;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>
/// The researcher's workbench over the seeds: facet value search, the timeline, the date range on every endpoint,
/// the index version on every response, quotation echoes and the permalink page.
/// </summary>
public sealed class WorkbenchApiTests(PolicySearchApplication app) : IClassFixture<PolicySearchApplication>
{
    private const string VersionHeader = "X-PolicySearch-Index-Version";
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task FacetValues_ArePrefixMatchesWithTheSearchsCounts()
    {
        var search = await _client.GetJsonAsync("/api/search?q=immigration&stance=opposes");
        var expected = search.FacetCounts("speaker");

        var found = await _client.GetJsonAsync("/api/facets/speaker?q=immigration&stance=opposes&prefix=R&limit=100");

        Assert.Equal("speaker", found["dimension"]!.GetValue<string>());
        var values = found["values"]!.AsArray().Select(v => v!.AsObject()).ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v =>
        {
            var value = v["value"]!.GetValue<string>();
            Assert.Contains(value.Split(' ', '-', '.'), word => word.StartsWith('R') || word.StartsWith('r'));
            Assert.Equal(expected[value], v["count"]!.GetValue<int>());
        });
        Assert.Equal(expected.Where(e => e.Key.Split(' ', '-', '.').Any(w => w.StartsWith('R'))).Select(e => e.Key).Order(), values.Select(v => v["value"]!.GetValue<string>()).Order());
        var counts = values.Select(v => v["count"]!.GetValue<int>()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task FacetValues_FoldCaseAndAccents_LimitAndSelection()
    {
        var all = await _client.GetJsonAsync("/api/facets/speaker?limit=100");
        var first = all["values"]![0]!["value"]!.GetValue<string>();
        var word = first.Split(' ')[^1];
        var prefix = word[..2].ToUpperInvariant();

        var found = await _client.GetJsonAsync($"/api/facets/speaker?prefix={Uri.EscapeDataString(prefix)}&limit=1");
        Assert.Single(found["values"]!.AsArray());

        var selected = await _client.GetJsonAsync($"/api/facets/speaker?prefix={Uri.EscapeDataString(prefix)}&speaker={Uri.EscapeDataString(first)}");
        Assert.Contains(selected["values"]!.AsArray(), v => v!["value"]!.GetValue<string>() == first && v["selected"]!.GetValue<bool>());

        var outlets = await _client.GetJsonAsync("/api/facets/outlet?prefix=f%C3%B6x");
        Assert.Equal(["Fox News"], outlets["values"].Strings2("value"));
    }

    [Theory]
    [InlineData("/api/facets/colour?prefix=a", "request.dimension")]
    [InlineData("/api/facets/speaker?limit=0", "request.limit")]
    [InlineData("/api/facets/speaker?limit=101", "request.limit")]
    [InlineData("/api/facets/speaker?limit=ten", "request.limit")]
    [InlineData("/api/facets/speaker?q=%22open", "query.")]
    [InlineData("/api/facets/speaker?from=2017-13", "request.date")]
    [InlineData("/api/timeline?interval=week", "request.interval")]
    [InlineData("/api/timeline?from=17", "request.date")]
    [InlineData("/api/timeline?q=(", "query.")]
    [InlineData("/api/search?from=2017-02-30", "request.date")]
    [InlineData("/api/search?to=2017/08", "request.date")]
    [InlineData("/api/search?from=2025&to=2017", "request.date-range")]
    [InlineData("/api/export?from=yesterday", "request.date")]
    public async Task BadParameters_AreProblemsWithACodeAndTheIndexVersion(string url, string codePrefix)
    {
        var response = await _client.GetAsync(url);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(codePrefix, body["code"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(body["detail"]?.GetValue<string>()));
        Assert.Equal(await BuildIdAsync(), body["indexVersion"]!.GetValue<string>());
        Assert.Equal(await BuildIdAsync(), response.Headers.GetValues(VersionHeader).Single());
    }

    [Fact]
    public async Task Timeline_ByYear_ListsEveryYear_AndAddsUpToTheSearch()
    {
        var timeline = await _client.GetJsonAsync("/api/timeline?q=sanctuary");
        var search = await _client.GetJsonAsync("/api/search?q=sanctuary");

        Assert.Equal("year", timeline["interval"]!.GetValue<string>());
        var periods = timeline["periods"]!.AsArray().Select(p => p!.AsObject()).ToList();
        var years = periods.Select(p => int.Parse(p["period"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(years[0], years.Count), years);
        Assert.Contains(periods, p => p["matches"]!.GetValue<int>() == 0 && p["paragraphs"]!.GetValue<int>() == 0); // the seeds skip 2018-2024
        Assert.Equal(search["total"]!.GetValue<int>(), periods.Sum(p => p["matches"]!.GetValue<int>()) + timeline["undated"]!.GetValue<int>());
        Assert.All(periods, p => Assert.InRange(p["matches"]!.GetValue<int>(), 0, p["paragraphs"]!.GetValue<int>()));

        var browse = await _client.GetJsonAsync("/api/timeline");
        Assert.Equal(periods.Select(p => p["paragraphs"]!.GetValue<int>()), browse["periods"]!.AsArray().Select(p => p!["paragraphs"]!.GetValue<int>()));
        Assert.Equal(browse["periods"]!.AsArray().Select(p => p!["paragraphs"]!.GetValue<int>()), browse["periods"]!.AsArray().Select(p => p!["matches"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Timeline_ByMonth_WithARange_AndEachBarIsItsDateRange()
    {
        var timeline = await _client.GetJsonAsync("/api/timeline?interval=month&from=2017-07&to=2017-10");

        var periods = timeline["periods"]!.AsArray().Select(p => p!.AsObject()).ToList();
        Assert.Equal(["2017-07", "2017-08", "2017-09", "2017-10"], periods.Select(p => p["period"]!.GetValue<string>()));
        foreach (var period in periods)
        {
            var name = period["period"]!.GetValue<string>();
            var search = await _client.GetJsonAsync($"/api/search?from={name}&to={name}");
            Assert.Equal(period["matches"]!.GetValue<int>(), search["total"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task DateRange_FiltersSearchExportAndFacets()
    {
        var all = await _client.GetJsonAsync("/api/search?q=sanctuary&pageSize=100");
        var recent = await _client.GetAllHitsAsync("q=sanctuary&from=2025-01");

        Assert.NotEmpty(recent);
        Assert.True(recent.Count < all["total"]!.GetValue<int>());
        Assert.All(recent, hit => Assert.StartsWith("2025", hit["date"]!.GetValue<string>(), StringComparison.Ordinal));
        var old = await _client.GetJsonAsync("/api/search?q=sanctuary&to=2017");
        Assert.Equal(all["total"]!.GetValue<int>(), old["total"]!.GetValue<int>() + recent.Count);
        Assert.Equal(recent.Count, (await _client.GetJsonAsync("/api/search?q=sanctuary&from=2025-01")).FacetCounts("stance").Values.Sum());

        using var export = await _client.GetAsync("/api/export?q=sanctuary&from=2025-01&format=jsonl");
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(recent.Count, lines.Length);
        Assert.Equal(recent.Count.ToString(CultureInfo.InvariantCulture), export.Headers.GetValues("X-PolicySearch-Total").Single());
    }

    [Theory]
    [InlineData("/api/search?q=sanctuary")]
    [InlineData("/api/facets/outlet")]
    [InlineData("/api/timeline")]
    [InlineData("/api/articles/000_a5cd8bc06ca0a28d")]
    public async Task EveryJsonResponse_CarriesTheIndexVersion(string url)
    {
        var body = await _client.GetJsonAsync(url);
        Assert.Equal(await BuildIdAsync(), body["indexVersion"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/css/app.css")]
    [InlineData("/js/app.js")]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/no-such-page")]
    [InlineData("/api/passages/nope-1")]
    [InlineData("/api/export?q=sanctuary")]
    public async Task EveryResponse_HasTheIndexVersionHeader(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(await BuildIdAsync(), response.Headers.GetValues(VersionHeader).Single());
    }

    [Fact]
    public async Task Echoes_OfTheSigningStatement_AreTheOtherSeeds_OldestFirst()
    {
        var hits = await _client.GetAllHitsAsync("q=" + Uri.EscapeDataString("\"welcoming of immigrants for a long time\""));
        var ids = hits.Select(h => h["id"]!.GetValue<string>()).ToList();
        Assert.Equal(3, ids.Select(id => id[..3]).Distinct().Count());
        Assert.All(hits, hit => Assert.True(hit["echoes"]!["outlets"]!.GetValue<int>() >= 2));

        var fox = ids.Single(id => id.StartsWith("002_", StringComparison.Ordinal));
        var echoes = await _client.GetJsonAsync($"/api/passages/{fox}/echoes");
        Assert.Equal(await BuildIdAsync(), echoes["indexVersion"]!.GetValue<string>());
        var list = echoes["echoes"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal(ids.Where(id => id != fox).Order(), list.Select(e => e["id"]!.GetValue<string>()).Order());
        var dates = list.Select(e => e["date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.True(list[0]["earliest"]!.GetValue<bool>());
        Assert.False(echoes["earliest"]!.GetValue<bool>());
        Assert.Contains(list, e => !e["quoted"]!.GetValue<bool>()); // one seed repeats it without quotation marks
        Assert.All(list, e => Assert.False(string.IsNullOrEmpty(e["outlet"]!.GetValue<string>())));
        Assert.NotEmpty(echoes["quotations"]!.AsArray());
    }

    [Fact]
    public async Task Echoes_OfAnUnechoedPassageAreEmpty_AndOfAnUnknownOneA404()
    {
        var article = await _client.GetJsonAsync("/api/articles/004_d7e0e487cbc5d41f");
        var id = article["paragraphs"]![0]!["id"]!.GetValue<string>();
        var none = await _client.GetJsonAsync($"/api/passages/{id}/echoes");
        Assert.Empty(none["echoes"]!.AsArray());

        var (status, contentType, body) = await _client.GetProblemAsync("/api/passages/000_nope-3/echoes");
        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.False(string.IsNullOrWhiteSpace(body["detail"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Permalink_IsAStaticPageWithNoInlineScriptOrStyle()
    {
        using var response = await _client.GetAsync("/p/000_a5cd8bc06ca0a28d-4");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"js/passage.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "<script"));
    }

    private async Task<string> BuildIdAsync() => (await _client.GetJsonAsync("/health"))["buildId"]!.GetValue<string>();

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

internal static class WorkbenchJson
{
    public static string[] Strings2(this JsonNode? node, string property) =>
        node?.AsArray().Select(value => value![property]!.GetValue<string>()).ToArray() ?? [];
}
