using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>
/// Routes that only the tests' host has, behind the service's whole pipeline (exception handler, limits,
/// timeouts): <c>/test/fail</c> throws as a bug would, <c>/test/slow</c> waits until the request is cancelled.
/// Added after the app's own pipeline, they answer what no endpoint of the app matched.
/// </summary>
public sealed class TestOnlyEndpoints : IStartupFilter
{
    public const string FailPath = "/test/fail";
    public const string SlowPath = "/test/slow";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(FailPath, failing => failing.Run(_ => throw new InvalidOperationException("A deliberate failure of the test endpoint.")));
        app.Map(SlowPath, slow => slow.Run(context => Task.Delay(Timeout.Infinite, context.RequestAborted)));
    };
}
