using System.Text.RegularExpressions;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>Search over the seed articles, checked against counts computed independently from the hits' text.</summary>
public sealed partial class SearchApiTests(PolicySearchApplication app) : IClassFixture<PolicySearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task AnyTermQuery_RanksParagraphsWithBothTermsFirst()
    {
        var hits = await _client.GetAllHitsAsync("q=detainer%20warrant");

        var both = hits.Select(hit => Detainer().IsMatch(hit.Text()) && Warrant().IsMatch(hit.Text())).ToList();
        Assert.Contains(true, both);
        Assert.Contains(false, both);
        var lastWithBoth = both.LastIndexOf(true);
        var firstWithOne = both.IndexOf(false);
        Assert.True(lastWithBoth < firstWithOne, "every paragraph holding both terms must rank above those holding one");
        Assert.All(hits, hit => Assert.True(Detainer().IsMatch(hit.Text()) || Warrant().IsMatch(hit.Text())));
    }

    [Fact]
    public async Task RequiredTerms_ReturnExactlyTheParagraphsHoldingBoth()
    {
        var all = await _client.GetAllHitsAsync("q=");
        var expected = all.Where(hit => Detainer().IsMatch(hit.Text()) && Warrant().IsMatch(hit.Text()))
            .Select(hit => hit["id"]!.GetValue<string>()).Order().ToList();

        var plus = await _client.GetAllHitsAsync("q=%2Bdetainer%20%2Bwarrant");
        var and = await _client.GetAllHitsAsync("q=detainer%20AND%20warrant");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, plus.Select(hit => hit["id"]!.GetValue<string>()).Order().ToList());
        Assert.Equal(expected, and.Select(hit => hit["id"]!.GetValue<string>()).Order().ToList());
    }

    [Fact]
    public async Task ProximityQuery_FindsBothTermsNearEachOther()
    {
        var near = await _client.GetAllHitsAsync("q=%22detainer%20warrant%22~10");
        var both = await _client.GetAllHitsAsync("q=%2Bdetainer%20%2Bwarrant");

        Assert.NotEmpty(near);
        Assert.Subset(both.Select(h => h["id"]!.GetValue<string>()).ToHashSet(), near.Select(h => h["id"]!.GetValue<string>()).ToHashSet());
        Assert.All(near, hit => Assert.Contains("<mark>", hit["highlight"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task PhraseQuery_MarksOnlyWholePhraseOccurrences()
    {
        var hits = await _client.GetAllHitsAsync("q=%22sanctuary%20state%22");

        Assert.NotEmpty(hits);
        Assert.All(hits, hit =>
        {
            Assert.Matches("(?i)sanctuary[ -]state", hit.Text());
            foreach (Match mark in Mark().Matches(hit["highlight"]!.GetValue<string>()))
            {
                Assert.Matches("(?i)^sanctuary[ -]states?$", mark.Groups[1].Value);
            }
        });
    }

    [Fact]
    public async Task SpeakerField_MatchesTheSpeakerFacet()
    {
        var browse = await _client.GetJsonAsync("/api/search?pageSize=1");
        var speakers = browse.FacetCounts("speaker");
        Assert.True(speakers.ContainsKey("Bruce Rauner"), "the seeds quote Bruce Rauner: " + string.Join(", ", speakers.Keys));

        var fielded = await _client.GetAllHitsAsync("q=speaker:%22Bruce%20Rauner%22");
        var filtered = await _client.GetJsonAsync("/api/search?speaker=Bruce%20Rauner");

        Assert.Equal(speakers["Bruce Rauner"], fielded.Count);
        Assert.Equal(speakers["Bruce Rauner"], filtered["total"]!.GetValue<int>());
        Assert.All(fielded, hit => Assert.Contains("Bruce Rauner", hit["speakers"].Strings()));
    }

    [Fact]
    public async Task SpeakerFilter_MatchesTheCanonicalNameIgnoringCaseAndAccents()
    {
        var exact = await _client.GetJsonAsync("/api/search?speaker=Raymond%20L%C3%B3pez");
        Assert.True(exact["total"]!.GetValue<int>() > 0, "the seeds quote Raymond López");

        foreach (var spelling in new[] { "Raymond%20Lopez", "raymond%20lopez", "RAYMOND%20L%C3%93PEZ" })
        {
            var filtered = await _client.GetJsonAsync($"/api/search?speaker={spelling}");
            var fielded = await _client.GetJsonAsync($"/api/search?q=speaker:%22{spelling}%22");

            Assert.Equal(exact["total"]!.GetValue<int>(), filtered["total"]!.GetValue<int>());
            Assert.Equal(exact["total"]!.GetValue<int>(), fielded["total"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task FacetCounts_EqualCountsOverAllHits()
    {
        var result = await _client.GetJsonAsync("/api/search?q=sanctuary&pageSize=1");
        var hits = await _client.GetAllHitsAsync("q=sanctuary");

        Assert.Equal(hits.Count, result["total"]!.GetValue<int>());
        AssertCounts(result.FacetCounts("outlet"), hits.GroupBy(h => h["outlet"]!.GetValue<string>()));
        AssertCounts(result.FacetCounts("stance"), hits.GroupBy(h => h["stance"]!.GetValue<string>()));
        AssertCounts(result.FacetCounts("year"), hits.Where(h => h["year"] is not null).GroupBy(h => h["year"]!.ToString()));
        AssertCounts(result.FacetCounts("speaker"), hits.SelectMany(h => h["speakers"].Strings()).GroupBy(s => s));
    }

    [Fact]
    public async Task Filters_OrWithinAFacet_AndAcrossFacets()
    {
        var browse = await _client.GetJsonAsync("/api/search?pageSize=1");
        var outlets = browse.FacetCounts("outlet").Keys.Take(2).ToArray();
        var all = await _client.GetAllHitsAsync("q=");

        var either = await _client.GetJsonAsync($"/api/search?outlet={Uri.EscapeDataString(outlets[0])}&outlet={Uri.EscapeDataString(outlets[1])}");
        Assert.Equal(all.Count(h => outlets.Contains(h["outlet"]!.GetValue<string>())), either["total"]!.GetValue<int>());

        var both = await _client.GetJsonAsync($"/api/search?outlet={Uri.EscapeDataString(outlets[0])}&stance=opposes&pageSize=100");
        Assert.Equal(
            all.Count(h => h["outlet"]!.GetValue<string>() == outlets[0] && h["stance"]!.GetValue<string>() == "opposes"),
            both["total"]!.GetValue<int>());

        // Drill sideways: the outlet facet ignores the outlet filter but applies the stance filter.
        var outletCounts = both.FacetCounts("outlet");
        var opposing = all.Where(h => h["stance"]!.GetValue<string>() == "opposes").ToList();
        AssertCounts(outletCounts, opposing.GroupBy(h => h["outlet"]!.GetValue<string>()), allowZeroSelected: true);
        Assert.Contains(both["facets"]!["outlet"]!.AsArray(), v => v!["value"]!.GetValue<string>() == outlets[0] && v["selected"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SelectedFacetValue_IsListedEvenWithNoHits()
    {
        var result = await _client.GetJsonAsync("/api/search?q=detainer&outlet=No%20Such%20Outlet");

        Assert.Equal(0, result["total"]!.GetValue<int>());
        var outlet = Assert.Single(result["facets"]!["outlet"]!.AsArray(), v => v!["value"]!.GetValue<string>() == "No Such Outlet");
        Assert.Equal(0, outlet!["count"]!.GetValue<int>());
        Assert.True(outlet["selected"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Paging_SplitsTheSameRankingIntoPages()
    {
        var all = await _client.GetAllHitsAsync("q=police");
        var page2 = await _client.GetJsonAsync("/api/search?q=police&pageSize=3&page=2");

        Assert.Equal(all.Skip(3).Take(3).Select(h => h["id"]!.GetValue<string>()), page2["hits"]!.AsArray().Select(h => h!["id"]!.GetValue<string>()));
        Assert.Equal(2, page2["page"]!.GetValue<int>());
        Assert.Equal(3, page2["pageSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task NewestSort_OrdersByDate()
    {
        var hits = await _client.GetAllHitsAsync("q=police&sort=newest");
        var dates = hits.Select(h => h["date"]?.GetValue<string>() ?? "").ToList();

        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task EveryContentParagraph_IsFindableByItsOwnWords()
    {
        var all = await _client.GetAllHitsAsync("q=");

        foreach (var hit in all)
        {
            var words = Word().Matches(hit.Text()).Select(m => m.Value).Where(w => w.Length > 3).Take(3).ToArray();
            var query = Uri.EscapeDataString(string.Join(' ', words.Select(w => "+" + w)));
            var found = await _client.GetAllHitsAsync("q=" + query);
            Assert.Contains(found, f => f["id"]!.GetValue<string>() == hit["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Explain_GivesEachHitItsScoreParts_OnlyWhenAsked()
    {
        var explained = await _client.GetJsonAsync("/api/search?q=Rauner%20statement&explain=true");
        var plain = await _client.GetJsonAsync("/api/search?q=Rauner%20statement");

        var hits = explained["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var explanation = hit!["explanation"]!;
            var parts = explanation["parts"]!.AsArray();
            Assert.Equal("bm25", parts[0]!["name"]!.GetValue<string>());
            Assert.Equal(hit["score"]!.GetValue<double>(), parts.Sum(part => part!["score"]!.GetValue<double>()), 2);
            Assert.False(string.IsNullOrWhiteSpace(parts[0]!["detail"]!.GetValue<string>()));
        }

        Assert.Contains(hits, hit => hit!["explanation"]!["parts"]!.AsArray().Any(part => part!["name"]!.GetValue<string>() == "speaker"));
        Assert.All(plain["hits"]!.AsArray(), hit => Assert.False(hit!.AsObject().ContainsKey("explanation")));
        Assert.Equal(plain["hits"]!.AsArray().Select(hit => hit!["id"]!.GetValue<string>()), hits.Select(hit => hit!["id"]!.GetValue<string>()));
    }

    private static void AssertCounts(IReadOnlyDictionary<string, int> facet, IEnumerable<IGrouping<string, object>> expected, bool allowZeroSelected = false)
    {
        var expectedCounts = expected.ToDictionary(g => g.Key, g => g.Count());
        var actual = allowZeroSelected ? facet.Where(kv => kv.Value > 0).ToDictionary() : facet.ToDictionary();
        Assert.Equal(expectedCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    // The English stemmer conflates these forms (Porter: detainer, detained, detaining -> detain).
    [GeneratedRegex(@"(?i)\bdetain(s|ed|ing|er|ers)?\b")]
    private static partial Regex Detainer();

    [GeneratedRegex(@"(?i)\bwarrant(s|ed|ing)?\b")]
    private static partial Regex Warrant();

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Mark();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
