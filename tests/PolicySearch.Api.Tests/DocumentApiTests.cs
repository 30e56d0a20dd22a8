using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>Passages, articles, health, export and the OpenAPI document.</summary>
public sealed class DocumentApiTests(PolicySearchApplication app) : IClassFixture<PolicySearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Passage_HasItsArticleAndNeighbours()
    {
        var hits = await _client.GetAllHitsAsync("q=");
        var middle = hits.GroupBy(h => h["articleId"]!.GetValue<string>()).First(g => g.Count() >= 3).OrderBy(h => h["paragraph"]!.GetValue<int>()).ElementAt(1);

        var passage = await _client.GetJsonAsync("/api/passages/" + middle["id"]!.GetValue<string>());

        Assert.Equal(middle.Text(), passage["passage"]!["text"]!.GetValue<string>());
        Assert.Equal(middle["articleId"]!.GetValue<string>(), passage["article"]!["articleId"]!.GetValue<string>());
        Assert.True(passage["previous"]!["paragraph"]!.GetValue<int>() < middle["paragraph"]!.GetValue<int>());
        Assert.True(passage["next"]!["paragraph"]!.GetValue<int>() > middle["paragraph"]!.GetValue<int>());
    }

    [Fact]
    public async Task Article_ListsItsContentParagraphsInOrder()
    {
        var hits = await _client.GetAllHitsAsync("q=");
        var articleId = hits[0]["articleId"]!.GetValue<string>();

        var article = await _client.GetJsonAsync("/api/articles/" + articleId);
        var paragraphs = article["paragraphs"]!.AsArray().Select(p => p!["paragraph"]!.GetValue<int>()).ToList();

        Assert.Equal(hits.Count(h => h["articleId"]!.GetValue<string>() == articleId), paragraphs.Count);
        Assert.Equal(paragraphs.Order(), paragraphs);
    }

    [Fact]
    public async Task Health_ReportsTheLoadedIndex()
    {
        var health = await _client.GetJsonAsync("/health");

        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.Equal(5, health["articles"]!.GetValue<int>());
        Assert.Equal("lucene", health["loadedFrom"]!.GetValue<string>());
        Assert.True(health["paragraphs"]!.GetValue<int>() > 0);
        Assert.Equal(health["buildId"]!.GetValue<string>(), health["indexVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task Export_HasOneCsvRowPerMatch()
    {
        var total = (await _client.GetJsonAsync("/api/search?q=sanctuary"))["total"]!.GetValue<int>();

        var response = await _client.GetAsync("/api/export?q=sanctuary&format=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("id,articleId,paragraph,", csv, StringComparison.Ordinal);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-PolicySearch-Total").Single());
        Assert.Equal(total, CountCsvRecords(csv) - 1);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheSearchEndpoint()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/search", document, StringComparison.Ordinal);
        Assert.Contains("/api/passages/{id}", document, StringComparison.Ordinal);
    }

    /// <summary>Counts CSV records, allowing quoted fields with line breaks.</summary>
    private static int CountCsvRecords(string csv)
    {
        int records = 0;
        var quoted = false;
        foreach (var c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n' && !quoted)
            {
                records++;
            }
        }

        return records;
    }
}
