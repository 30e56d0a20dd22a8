using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace PolicySearch.Api.Tests.Browser;

/// <summary>
/// The real PolicySearch service on a Kestrel loopback port (a browser cannot talk to TestServer's
/// in-memory transport), with an index built from the committed seeds into a fresh temporary folder,
/// and one headless Debian Chromium driven by Playwright's bundled driver (no browser download; the package is
/// installed on first use where the machine allows it, see <see cref="ChromiumProvisioner"/>).
/// </summary>
public sealed class SearchPageFixture : IAsyncLifetime, IAsyncDisposable
{
    // The flags of ../shared/research/tooling.md §2: no sandbox (we run as root in a container), and no
    // background traffic, since this machine has no network beyond the package mirrors.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string indexPath =
        Path.Combine(Path.GetTempPath(), "policysearch-browser-" + Guid.NewGuid().ToString("N"));

    private SeededServiceFactory? factory;
    private IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        factory = new SeededServiceFactory(indexPath, Path.Combine(AppContext.BaseDirectory, "seeds"));
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        await WaitUntilHealthyAsync();

        // On a thread of its own: a first-time install takes a minute and must not hold xunit's test threads.
        var chromium = await Task.Run(ChromiumProvisioner.EnsureInstalled);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>Calls the JSON API directly, to compare what the page shows with what the server said.</summary>
    public async Task<string> GetApiAsync(string pathAndQuery)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    // The first start builds the index from seeds; a page loaded before that would only see 503s.
    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        HttpStatusCode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
            last = response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The service at {BaseAddress} did not report healthy within 90 s (last status: {last}).");
    }

    // Idempotent: xunit may reach it both as IAsyncLifetime and as IAsyncDisposable.
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
            Browser = null!;
        }

        playwright?.Dispose();
        playwright = null;
        if (factory is not null)
        {
            await factory.DisposeAsync();
            factory = null;
        }

        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>The app with its index and seed folders pointed at test-owned paths.</summary>
    /// <summary>
    /// A fresh browser context on <paramref name="query"/> (relative to the service), once its search has finished;
    /// uncaught script errors are collected for the test to assert on, failed requests are the page's to show.
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string query, bool clipboard = false)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        if (clipboard)
        {
            await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = BaseAddress.GetLeftPart(UriPartial.Authority) });
        }

        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);
        await page.GotoAsync(new Uri(BaseAddress, query).ToString());
        await WaitForResultsAsync(page);
        return (page, errors);
    }

    /// <summary>The page has finished a search: results or an error are on screen and nothing is loading.</summary>
    public static async Task WaitForResultsAsync(IPage page)
    {
        await page.Locator("#results[aria-busy=false]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#total, #error:not([hidden])").First.WaitForAsync();
    }

    private sealed class SeededServiceFactory(string indexPath, string seedsPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("PolicySearch:IndexPath", indexPath);
            builder.UseSetting("PolicySearch:SeedsPath", seedsPath);
        }
    }
}
