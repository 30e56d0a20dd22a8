using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>
/// The real service over a fresh index built (by the service itself, as on first start) from a corpus folder
/// copied beside the tests: <c>seeds/</c> by default. The index lives in a temporary folder removed afterwards.
/// Every log entry is kept in <see cref="Logs"/>.
/// </summary>
public class PolicySearchApplication : WebApplicationFactory<Program>
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "policysearch-tests-" + Guid.NewGuid().ToString("N"));

    public CapturedLogs Logs { get; } = new();

    protected virtual string CorpusFolder => "seeds";

    /// <summary>Configuration a derived host sets on top of appsettings.json (e.g. tiny limits).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PolicySearch:IndexPath", _indexPath);
        builder.UseSetting("PolicySearch:SeedsPath", Path.Combine(AppContext.BaseDirectory, CorpusFolder));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            ConfigureTestServices(services);
        });
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_indexPath))
        {
            Directory.Delete(_indexPath, recursive: true);
        }
    }
}

/// <summary>The service over a corpus whose article tries to inject markup.</summary>
public sealed class HostileCorpusApplication : PolicySearchApplication
{
    protected override string CorpusFolder => Path.Combine("TestData", "hostile");
}

/// <summary>The service with the test-only routes of <see cref="TestOnlyEndpoints"/>.</summary>
public class TestEndpointsApplication : PolicySearchApplication
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestOnlyEndpoints>();
}
