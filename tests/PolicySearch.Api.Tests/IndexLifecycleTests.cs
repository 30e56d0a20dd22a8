using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using PolicySearch.Api.Tests.Fixtures;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Api.Tests;

/// <summary>
/// The index's life under the service: a damaged database is reported (health and every endpoint answer 503
/// index.unavailable with the reason, never 500), and a new build swapped into the folder while the service answers
/// a stream of requests is taken over with no failed request.
/// </summary>
public sealed class IndexLifecycleTests : IDisposable
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "policysearch-lifecycle-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_indexPath))
        {
            Directory.Delete(_indexPath, recursive: true);
        }
    }

    [Theory]
    [InlineData("paragraphs")]
    [InlineData("articles")]
    public async Task DamagedDatabaseTable_HealthAndEveryEndpointAnswer503WithTheReason(string table)
    {
        new IndexBuilder().Build(Seeds, _indexPath);
        FlipBytesAtStartOfTable(IndexFolder.DatabasePath(_indexPath), table);
        using var app = new ServiceOver(_indexPath, reloadSeconds: 0);
        using var client = app.CreateClient();

        foreach (var url in new[] { "/health", "/api/search?q=detainer", "/api/export?q=sanctuary&format=csv", "/api/articles/000_a5cd8bc06ca0a28d", "/api/passages/000_a5cd8bc06ca0a28d-1" })
        {
            var (status, contentType, body) = await client.GetProblemAsync(url);

            Assert.True(status == 503, $"{url} answered {status}: {body}");
            Assert.Equal("application/problem+json", contentType);
            Assert.Equal("index.unavailable", body["code"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(body["detail"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task Reindex_WhileServing_SwitchesToTheNewBuildWithNoFailedRequest()
    {
        new IndexBuilder().Build(Seeds, _indexPath);
        using var app = new ServiceOver(_indexPath, reloadSeconds: 0.1);
        using var client = app.CreateClient();
        var first = (await client.GetJsonAsync("/health"))["buildId"]!.GetValue<string>();

        var failures = new ConcurrentBag<string>();
        var builds = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();
        async Task Load(string url)
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync(url);
                if (!response.IsSuccessStatusCode)
                {
                    failures.Add($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        async Task WatchHealth()
        {
            while (!stop.IsCancellationRequested)
            {
                var health = await client.GetJsonAsync("/health");
                builds.AddOrUpdate(health["buildId"]!.GetValue<string>(), 1, (_, n) => n + 1);
            }
        }

        var load = new[] { Load("/api/search?q=detainer%20warrant&stance=opposes"), Load("/api/passages/000_a5cd8bc06ca0a28d-1"), WatchHealth() };
        var second = await Task.Run(() => new IndexBuilder().Build(Seeds, _indexPath));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string now;
        do
        {
            await Task.Delay(100);
            now = (await client.GetJsonAsync("/health"))["buildId"]!.GetValue<string>();
        }
        while (now == first && DateTime.UtcNow < deadline);

        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.NotEqual(first, now);
        Assert.Empty(failures);
        Assert.Contains(first, builds.Keys);
        Assert.Contains(now, builds.Keys);
        Assert.Equal(2, builds.Count);
        Assert.True(second.ParagraphsIndexed > 0);
    }

    /// <summary>Overwrites the first 8 bytes of a table's root page, as a disk or a careless copy might.</summary>
    private static void FlipBytesAtStartOfTable(string databasePath, string table)
    {
        long page, pageSize;
        using (var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rootpage FROM sqlite_master WHERE name = '{table}'";
            page = (long)command.ExecuteScalar()!;
            command.CommandText = "PRAGMA page_size";
            pageSize = (long)command.ExecuteScalar()!;
        }

        using var file = File.Open(databasePath, FileMode.Open, FileAccess.ReadWrite);
        file.Position = (page - 1) * pageSize;
        file.Write([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
    }

    /// <summary>The service over an index folder this test owns (the service never builds one here).</summary>
    private sealed class ServiceOver(string indexPath, double reloadSeconds) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("PolicySearch:IndexPath", indexPath);
            builder.UseSetting("PolicySearch:SeedsPath", Path.Combine(indexPath, "no-seeds-here"));
            builder.UseSetting("PolicySearch:ReloadIntervalSeconds", reloadSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // The request loop comes from one client as fast as it can: the per-client rate limit is not under test.
            builder.UseSetting("PolicySearch:Limits:Api:TokenLimit", "0");
        }
    }
}
