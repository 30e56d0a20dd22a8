using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicySearch.Api.Tests.Browser;

/// <summary>
/// The web page against the real service and the seed index, in Chromium. The assertions are relations
/// (counts change, the facet count predicts the filtered total, the URL replays the state) rather than
/// seed-specific numbers, so that better analysis does not break them.
/// </summary>
public sealed class SearchPageTests(SearchPageFixture fixture) : IClassFixture<SearchPageFixture>
{
    // Facets whose values partition the paragraphs: every paragraph has exactly one outlet and one stance,
    // so their counts add up to the total whenever that facet itself is not filtered.
    private static readonly string[] FacetsToTick = ["outlet", "stance", "year"];

    [Fact]
    public async Task Query_then_facet_updates_hits_counts_and_url_and_reload_restores_state()
    {
        var (page, errors) = await fixture.OpenAsync("");
        var browseTotal = await TotalAsync(page);
        Assert.True(browseTotal > 0, "an empty query browses every paragraph");

        // Type a query and submit it with Enter.
        await page.FillAsync("#q", "detainer");
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync(url => url.Contains("q=detainer", StringComparison.Ordinal));
        await SearchPageFixture.WaitForResultsAsync(page);
        var queryTotal = await TotalAsync(page);
        Assert.InRange(queryTotal, 1, browseTotal - 1);
        Assert.True(await page.Locator(".hit").CountAsync() > 0);
        Assert.True(await page.Locator(".hit-text mark").CountAsync() > 0, "hits highlight the query term");
        Assert.Equal(queryTotal, (await FacetCountsAsync(page, "stance")).Sum());

        // Tick a value whose count is below the total, so the result must narrow.
        var (facet, value, expected) = await PickNarrowingValueAsync(page, queryTotal);
        var invariantFacet = facet == "outlet" ? "stance" : "outlet";
        var countsBefore = await FacetCountsAsync(page, invariantFacet);
        await page.Locator(Checkbox(facet, value)).CheckAsync();
        await page.WaitForURLAsync(url => QueryValues(url, facet).Contains(value));
        await SearchPageFixture.WaitForResultsAsync(page);

        var filteredTotal = await TotalAsync(page);
        Assert.Equal(expected, filteredTotal); // a drill-sideways count predicts the filtered total
        var countsAfter = await FacetCountsAsync(page, invariantFacet);
        Assert.NotEqual(countsBefore, countsAfter);
        Assert.Equal(filteredTotal, countsAfter.Sum());
        Assert.True(await page.Locator(Checkbox(facet, value)).IsCheckedAsync());
        Assert.Equal("detainer", QueryValues(page.Url, "q").Single());
        if (facet == "outlet")
        {
            Assert.All(await page.Locator(".hit-outlet").AllInnerTextsAsync(), outlet => Assert.Equal(value, outlet));
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "search.png"), FullPage = true });

        // The export link carries the same query and filters, no paging, and yields every match.
        var exportHref = (await page.GetAttributeAsync("#export", "href"))!;
        Assert.Equal(["detainer"], QueryValues(exportHref, "q"));
        Assert.Contains(value, QueryValues(exportHref, facet));
        Assert.Empty(QueryValues(exportHref, "page"));
        using (var http = new HttpClient())
        using (var export = await http.GetAsync(new Uri(exportHref)))
        {
            Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
            var rows = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(filteredTotal + 1, rows.Length); // a header, then one line per paragraph (paragraphs hold no line breaks)
        }

        // Reloading the URL gives the same page: query box, ticked box, total.
        var sharedUrl = page.Url;
        await page.ReloadAsync();
        await SearchPageFixture.WaitForResultsAsync(page);
        Assert.Equal(sharedUrl, page.Url);
        Assert.Equal("detainer", await page.InputValueAsync("#q"));
        Assert.True(await page.Locator(Checkbox(facet, value)).IsCheckedAsync());
        Assert.Equal(filteredTotal, await TotalAsync(page));

        // Back goes to the unfiltered query (popstate), forward to the filtered one again.
        await page.GoBackAsync();
        await Expect(page.Locator("#total")).ToHaveAttributeAsync("data-total", queryTotal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(await page.Locator(Checkbox(facet, value)).IsCheckedAsync());
        Assert.Empty(QueryValues(page.Url, facet));
        await page.GoForwardAsync();
        await Expect(page.Locator(Checkbox(facet, value))).ToBeCheckedAsync();
        Assert.Equal(filteredTotal, await TotalAsync(page));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Invalid_query_shows_the_problem_detail_from_the_api()
    {
        var (page, errors) = await fixture.OpenAsync("");
        await page.FillAsync("#q", "\"unclosed");
        await page.PressAsync("#q", "Enter");
        await SearchPageFixture.WaitForResultsAsync(page);

        using var problem = JsonDocument.Parse(await fixture.GetApiAsync("api/search?q=%22unclosed"));
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));

        var errorBox = page.Locator("#error[role=alert]");
        await Expect(errorBox).ToBeVisibleAsync();
        await Expect(errorBox).ToContainTextAsync(detail!);
        Assert.Equal(0, await page.Locator(".hit").CountAsync());
        Assert.Equal("\"unclosed", await page.InputValueAsync("#q"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "error.png"), FullPage = true });

        // Fixing the query clears the error.
        await page.FillAsync("#q", "detainer");
        await page.PressAsync("#q", "Enter");
        await SearchPageFixture.WaitForResultsAsync(page);
        await Expect(errorBox).ToBeHiddenAsync();
        Assert.True(await TotalAsync(page) > 0);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Paging_and_sort_are_in_the_url_and_a_facet_change_returns_to_page_one()
    {
        var (page, errors) = await fixture.OpenAsync("");
        var total = await TotalAsync(page);
        Assert.True(total > 10, "browsing all seed paragraphs needs more than one page");
        var firstPageIds = await HitIdsAsync(page);

        await page.Locator("#pager a[aria-label='Page 2']").ClickAsync();
        await page.WaitForURLAsync(url => QueryValues(url, "page").SequenceEqual(["2"]));
        await SearchPageFixture.WaitForResultsAsync(page);
        await Expect(page.Locator("#pager [aria-current=page]")).ToHaveTextAsync("2");
        Assert.Equal("11", await page.Locator("#hits").GetAttributeAsync("start"));
        Assert.Empty((await HitIdsAsync(page)).Intersect(firstPageIds));

        await page.SelectOptionAsync("#sort", "newest");
        await page.WaitForURLAsync(url => QueryValues(url, "sort").SequenceEqual(["newest"]));
        await SearchPageFixture.WaitForResultsAsync(page);
        Assert.Empty(QueryValues(page.Url, "page"));
        var years = await page.Locator(".hit time").EvaluateAllAsync<string[]>("els => els.map(e => e.dateTime.slice(0, 4))");
        Assert.Equal(years.OrderByDescending(y => y, StringComparer.Ordinal), years);

        await page.Locator("#pager a[aria-label='Page 2']").ClickAsync();
        await page.WaitForURLAsync(url => QueryValues(url, "page").SequenceEqual(["2"]));
        await SearchPageFixture.WaitForResultsAsync(page);
        await page.Locator(".facet-stance input[type=checkbox]").First.CheckAsync();
        await page.WaitForURLAsync(url => QueryValues(url, "stance").Length == 1);
        await SearchPageFixture.WaitForResultsAsync(page);
        Assert.Empty(QueryValues(page.Url, "page"));
        Assert.Equal(["newest"], QueryValues(page.Url, "sort"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Highlights_insert_no_markup_but_mark()
    {
        var (page, errors) = await fixture.OpenAsync("?q=detainer%20OR%20sanctuary&pageSize=50");
        Assert.True(await page.Locator(".hit-text mark").CountAsync() > 0);
        var tags = await page.EvalOnSelectorAllAsync<string[]>(".hit-text *", "els => [...new Set(els.map(e => e.tagName))]");
        Assert.Equal(["MARK"], tags);
        var links = await page.EvalOnSelectorAllAsync<string[]>(".hit-title a", "els => els.map(e => e.protocol + ' ' + e.rel)");
        Assert.All(links, link => Assert.Matches("^https?: .*noopener", link));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ThePage_WorksUnderItsContentSecurityPolicy_WithoutAViolation()
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        // Both ways Chromium reports a violation: a console message, and the securitypolicyviolation event.
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.AddInitScriptAsync("""
            window.cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);

        var response = await page.GotoAsync(new Uri(fixture.BaseAddress, "?q=detainer").ToString());
        Assert.Contains("default-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);

        // The whole of a normal visit: results, a facet, paging, the syntax help, an error.
        await SearchPageFixture.WaitForResultsAsync(page);
        await page.Locator(".facet-stance input[type=checkbox]").First.CheckAsync();
        await SearchPageFixture.WaitForResultsAsync(page);
        await page.Locator("#syntax-help summary").ClickAsync();
        await page.FillAsync("#q", "\"unclosed");
        await page.PressAsync("#q", "Enter");
        await SearchPageFixture.WaitForResultsAsync(page);
        await page.FillAsync("#q", "");
        await page.PressAsync("#q", "Enter");
        await SearchPageFixture.WaitForResultsAsync(page);
        await page.Locator("#pager a[aria-label='Page 2']").ClickAsync();
        await SearchPageFixture.WaitForResultsAsync(page);

        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.cspViolations"));
        Assert.DoesNotContain(console, text => text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));

        // The listener does see a violation: markup with an inline style is refused under this policy.
        await page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<span style=\"color: red\">x</span>')");
        await page.WaitForFunctionAsync("() => window.cspViolations.length > 0");
        await context.CloseAsync();
    }

    private static Task<string[]> HitIdsAsync(IPage page) =>
        page.Locator(".hit").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.id)");

    private static async Task<int> TotalAsync(IPage page) =>
        int.Parse((await page.Locator("#total").GetAttributeAsync("data-total"))!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Checkbox(string facet, string value) =>
        $"#facets input[type=checkbox][data-facet=\"{facet}\"][data-value=\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";

    private static async Task<int[]> FacetCountsAsync(IPage page, string facet) =>
        (await page.Locator($".facet-{facet} .facet-count").AllInnerTextsAsync())
            .Select(text => int.Parse(text.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

    private static async Task<(string Facet, string Value, int Count)> PickNarrowingValueAsync(IPage page, int total)
    {
        foreach (var facet in FacetsToTick)
        {
            var options = await page.EvalOnSelectorAllAsync<JsonElement>(
                $".facet-{facet} .facet-option",
                "els => els.map(e => ({ value: e.querySelector('input').value, count: Number(e.querySelector('.facet-count').textContent.replace(/,/g, '')) }))");
            foreach (var option in options.EnumerateArray())
            {
                var count = option.GetProperty("count").GetInt32();
                if (count > 0 && count < total)
                {
                    return (facet, option.GetProperty("value").GetString()!, count);
                }
            }
        }

        throw new InvalidOperationException($"No outlet, stance or year value narrows the {total} hits; the seeds should offer one.");
    }

    private static string[] QueryValues(string url, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(url).Query).TryGetValue(name, out var values)
            ? values.Select(v => v ?? "").ToArray()
            : [];
}
