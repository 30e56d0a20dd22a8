using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PolicySearch.Api.Tests.Browser;

/// <summary>
/// The researcher's workbench in Chromium against the seed index: the speaker type-ahead, the chart narrowing the
/// dates, chips, the date inputs, cite, echoes, the permalink page, page size and exports, "/" and the phone width.
/// Screenshots are saved beside the tests' binaries (screenshots/workbench-*.png) as artefacts.
/// </summary>
public sealed class WorkbenchPageTests(SearchPageFixture fixture) : IClassFixture<SearchPageFixture>
{
    [Fact]
    public async Task Speaker_typeahead_asks_the_server_then_a_tick_adds_a_chip_and_removing_the_chip_unticks()
    {
        var (page, errors) = await fixture.OpenAsync("");
        var browseTotal = await TotalAsync(page);

        await page.Locator(".facet-speaker .facet-filter").PressSequentiallyAsync("ra", new() { Delay = 50 });
        await Expect(page.Locator("#facet-speaker-values[data-suggestions]:not([data-suggestions=''])")).ToBeAttachedAsync();
        using var expected = JsonDocument.Parse(await fixture.GetApiAsync("api/facets/speaker?prefix=ra"));
        var expectedValues = expected.RootElement.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()!).ToArray();
        Assert.NotEmpty(expectedValues);
        var shown = await page.Locator(".facet-speaker input[type=checkbox]").EvaluateAllAsync<string[]>("els => els.map(e => e.value)");
        Assert.Equal(expectedValues, shown);
        await page.ScreenshotAsync(new() { Path = Shot("typeahead"), FullPage = true });

        var value = expectedValues[0];
        await page.Locator($".facet-speaker input[data-value=\"{value}\"]").CheckAsync();
        await page.WaitForURLAsync(url => url.Contains("speaker=", StringComparison.Ordinal));
        await SearchPageFixture.WaitForResultsAsync(page);
        var chip = page.Locator($".chip[data-chip-facet=speaker][data-chip-value=\"{value}\"]");
        await Expect(chip).ToBeVisibleAsync();
        Assert.True(await TotalAsync(page) < browseTotal);

        await chip.Locator(".chip-remove").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("speaker=", StringComparison.Ordinal));
        await SearchPageFixture.WaitForResultsAsync(page);
        await Expect(page.Locator(".chip")).ToHaveCountAsync(0);
        Assert.Equal(browseTotal, await TotalAsync(page));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Clicking_a_bar_narrows_the_dates_to_its_period_and_the_toggles_change_the_chart()
    {
        var (page, errors) = await fixture.OpenAsync("?q=sanctuary");
        var total = await TotalAsync(page);
        var bars = page.Locator(".timeline-bar");
        await Expect(bars.First).ToBeAttachedAsync();
        var periods = await bars.EvaluateAllAsync<JsonElement>("els => els.map(e => ({ period: e.dataset.period, matches: Number(e.dataset.matches) }))");
        var target = periods.EnumerateArray().First(p => p.GetProperty("matches").GetInt32() is > 0 and var m && m < total);
        var period = target.GetProperty("period").GetString()!;
        await page.ScreenshotAsync(new() { Path = Shot("timeline"), FullPage = true });

        await page.Locator($".timeline-bar[data-period=\"{period}\"]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"from={period}", StringComparison.Ordinal) && url.Contains($"to={period}", StringComparison.Ordinal));
        await SearchPageFixture.WaitForResultsAsync(page);
        Assert.Equal(target.GetProperty("matches").GetInt32(), await TotalAsync(page));
        await Expect(page.Locator(".chip[data-chip-facet=date]")).ToContainTextAsync(period);
        Assert.Equal(period, await page.InputValueAsync("#from"));
        await Expect(page.Locator($".timeline-bar.is-selected[data-period=\"{period}\"]")).ToBeAttachedAsync();

        await page.Locator("[data-interval=month]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("interval=month", StringComparison.Ordinal));
        await Expect(page.Locator(".timeline-bar").First).ToHaveAttributeAsync("data-period", new System.Text.RegularExpressions.Regex("^\\d{4}-\\d{2}$"));
        await page.Locator("[data-chart=share]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("chart=share", StringComparison.Ordinal));
        await Expect(page.Locator("[data-chart=share]")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(target.GetProperty("matches").GetInt32(), await TotalAsync(page)); // the view does not change the search
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Date_inputs_filter_the_hits_and_a_bad_date_shows_the_problem()
    {
        var (page, errors) = await fixture.OpenAsync("?q=sanctuary");
        await page.FillAsync("#from", "2025");
        await page.PressAsync("#from", "Enter");
        await page.WaitForURLAsync(url => url.Contains("from=2025", StringComparison.Ordinal));
        await SearchPageFixture.WaitForResultsAsync(page);
        var years = await page.Locator(".hit time").EvaluateAllAsync<string[]>("els => els.map(e => e.dateTime.slice(0, 4))");
        Assert.NotEmpty(years);
        Assert.All(years, year => Assert.Equal("2025", year));

        await page.GotoAsync(new Uri(fixture.BaseAddress, "?q=sanctuary&to=2017-13").ToString());
        await SearchPageFixture.WaitForResultsAsync(page);
        await Expect(page.Locator("#error")).ToContainTextAsync("'to' must be a date");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Cite_copies_outlet_title_date_url_paragraph_permalink_and_index_version()
    {
        var (page, errors) = await fixture.OpenAsync("?q=welcoming", clipboard: true);
        using var health = JsonDocument.Parse(await fixture.GetApiAsync("health"));
        var buildId = health.RootElement.GetProperty("buildId").GetString()!;
        var hit = page.Locator(".hit").First;
        var id = (await hit.GetAttributeAsync("data-id"))!;
        var outlet = await hit.Locator(".hit-outlet").InnerTextAsync();

        await hit.Locator(".cite-button").ClickAsync();
        var citation = hit.Locator(".citation");
        await Expect(citation).ToBeVisibleAsync();
        await Expect(citation).ToHaveAttributeAsync("data-copied", "true");
        var text = await hit.Locator(".citation-text").InnerTextAsync();
        Assert.StartsWith(outlet + ", “", text, StringComparison.Ordinal);
        Assert.Contains($"/p/{id}", text, StringComparison.Ordinal);
        Assert.Contains(buildId, text, StringComparison.Ordinal);
        Assert.Contains("paragraph ", text, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}(-\d{2})?", text);
        Assert.Contains("https://", text, StringComparison.Ordinal);
        Assert.Equal(text, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.ScreenshotAsync(new() { Path = Shot("cite"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Echoes_open_the_other_outlets_carrying_the_quotation_and_the_permalink_shows_the_passage()
    {
        var (page, errors) = await fixture.OpenAsync("?q=" + Uri.EscapeDataString("\"welcoming of immigrants for a long time\""));
        var hit = page.Locator(".hit").First;
        var id = (await hit.GetAttributeAsync("data-id"))!;
        var button = hit.Locator(".echoes-button");
        await Expect(button).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Quoted in \\d+ other outlets"));

        await button.ClickAsync();
        await Expect(hit.Locator(".echo").First).ToBeVisibleAsync();
        using var api = JsonDocument.Parse(await fixture.GetApiAsync($"api/passages/{id}/echoes"));
        var expected = api.RootElement.GetProperty("echoes").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(expected, await hit.Locator(".echo").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.id)"));
        await Expect(hit.Locator(".echo-badge", new() { HasText = "earliest" })).ToHaveCountAsync(api.RootElement.GetProperty("echoes").EnumerateArray().Count(e => e.GetProperty("earliest").GetBoolean()));
        await page.ScreenshotAsync(new() { Path = Shot("echoes"), FullPage = true });

        using var passage = JsonDocument.Parse(await fixture.GetApiAsync($"api/passages/{id}"));
        await page.GotoAsync(new Uri(fixture.BaseAddress, $"p/{id}").ToString());
        await Expect(page.Locator("#passage[aria-busy=false]")).ToBeAttachedAsync();
        await Expect(page.Locator(".passage-paragraph.is-cited")).ToHaveTextAsync(passage.RootElement.GetProperty("passage").GetProperty("text").GetString()!);
        Assert.True(await page.Locator(".passage-paragraph").CountAsync() > 1, "the passage is shown in its article");
        await Expect(page.Locator("#passage-echoes .echo").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("permalink"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Slash_focuses_the_search_box_page_size_is_in_the_url_and_jsonl_export_follows_the_state()
    {
        var (page, errors) = await fixture.OpenAsync("?q=sanctuary");
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("sanctuary", await page.InputValueAsync("#q")); // "/" is not typed into the box

        await page.SelectOptionAsync("#page-size", "20");
        await page.WaitForURLAsync(url => url.Contains("pageSize=20", StringComparison.Ordinal));
        await SearchPageFixture.WaitForResultsAsync(page);
        Assert.Equal(Math.Min(20, await TotalAsync(page)), await page.Locator(".hit").CountAsync());

        var jsonl = (await page.GetAttributeAsync("#export-jsonl", "href"))!;
        Assert.Contains("format=jsonl", jsonl, StringComparison.Ordinal);
        Assert.Contains("q=sanctuary", jsonl, StringComparison.Ordinal);
        Assert.DoesNotContain("pageSize", jsonl, StringComparison.Ordinal);
        using var http = new HttpClient();
        var lines = (await http.GetStringAsync(new Uri(jsonl))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(await TotalAsync(page), lines.Length);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task At_375_px_nothing_scrolls_sideways_with_chips_chart_and_open_filters()
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);
        await page.GotoAsync(new Uri(fixture.BaseAddress, "?q=sanctuary&stance=neutral&stance=opposes&from=2017&to=2025").ToString());
        await SearchPageFixture.WaitForResultsAsync(page);
        await Expect(page.Locator(".timeline-bar").First).ToBeAttachedAsync();
        await Expect(page.Locator(".chip")).ToHaveCountAsync(3);
        await AssertNoOverflowAsync(page);
        await page.ScreenshotAsync(new() { Path = Shot("phone"), FullPage = true });

        await page.Locator("#filters-toggle").ClickAsync();
        await page.Locator(".hit .cite-button").First.ClickAsync();
        await AssertNoOverflowAsync(page);
        await page.ScreenshotAsync(new() { Path = Shot("phone-filters"), FullPage = true });

        // A chip can be removed with a tap on a phone.
        await page.Locator(".chip[data-chip-facet=date] .chip-remove").TapAsync();
        await page.WaitForURLAsync(url => !url.Contains("from=", StringComparison.Ordinal));
        await Expect(page.Locator(".chip")).ToHaveCountAsync(2);
        Assert.Empty(errors);
    }

    private static async Task AssertNoOverflowAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<JsonElement>(
            "() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, " +
            "wide: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && e.getClientRects().length > 0)" +
            ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().right) })");
        var scroll = widths.GetProperty("scroll").GetInt32();
        var client = widths.GetProperty("client").GetInt32();
        Assert.True(scroll <= client, $"the page is {scroll} px wide in a {client} px viewport; too wide: {widths.GetProperty("wide")}");
    }

    private static async Task<int> TotalAsync(IPage page) =>
        int.Parse((await page.Locator("#total").GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture);

    private string Shot(string name) => Path.Combine(fixture.ScreenshotDirectory, $"workbench-{name}.png");
}
