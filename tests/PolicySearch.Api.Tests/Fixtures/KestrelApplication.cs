using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>
/// The service on a real Kestrel loopback port rather than the in-memory test server: Kestrel's own limits and
/// rejections only exist there.
/// </summary>
public sealed class KestrelApplication : PolicySearchApplication, IAsyncLifetime
{
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");

        // The first start builds the index from the seeds; until then the API answers 503.
        using var client = CreateKestrelClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!(await client.GetAsync(new Uri("health", UriKind.Relative))).IsSuccessStatusCode)
        {
            Assert.True(DateTime.UtcNow < deadline, "the service did not become healthy within 90 s");
            await Task.Delay(200);
        }
    }

    public HttpClient CreateKestrelClient() => new() { BaseAddress = BaseAddress };

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
