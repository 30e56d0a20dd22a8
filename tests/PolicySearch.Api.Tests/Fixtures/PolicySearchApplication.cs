using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>
/// The real service over a fresh index built (by the service itself, as on first start) from a corpus folder
/// copied beside the tests: <c>seeds/</c> by default. The index lives in a temporary folder removed afterwards.
/// </summary>
public class PolicySearchApplication : WebApplicationFactory<Program>
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "policysearch-tests-" + Guid.NewGuid().ToString("N"));

    protected virtual string CorpusFolder => "seeds";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PolicySearch:IndexPath", _indexPath);
        builder.UseSetting("PolicySearch:SeedsPath", Path.Combine(AppContext.BaseDirectory, CorpusFolder));
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
