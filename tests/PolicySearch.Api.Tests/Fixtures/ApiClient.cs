using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>Small helpers over HttpClient so tests read as the requests they make.</summary>
public static class ApiClient
{
    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<(int Status, string ContentType, JsonObject Body)> GetProblemAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", body!);
    }

    /// <summary>Every hit of a search, across all pages.</summary>
    public static async Task<List<JsonObject>> GetAllHitsAsync(this HttpClient client, string query)
    {
        var hits = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var result = await client.GetJsonAsync($"/api/search?{query}&pageSize=100&page={page}");
            var pageHits = result["hits"]!.AsArray().Select(hit => hit!.AsObject()).ToList();
            hits.AddRange(pageHits);
            if (hits.Count >= result["total"]!.GetValue<int>() || pageHits.Count == 0)
            {
                return hits;
            }
        }
    }

    public static IReadOnlyDictionary<string, int> FacetCounts(this JsonObject result, string facet) =>
        result["facets"]![facet]!.AsArray().ToDictionary(v => v!["value"]!.GetValue<string>(), v => v!["count"]!.GetValue<int>());

    public static string[] Strings(this JsonNode? node) =>
        node?.AsArray().Select(value => value!.GetValue<string>()).ToArray() ?? [];

    public static string Text(this JsonObject hit) => hit["text"]!.GetValue<string>();

    public static JsonSerializerOptions Json { get; } = JsonSerializerOptions.Web;
}
