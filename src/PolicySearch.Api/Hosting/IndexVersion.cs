namespace PolicySearch.Api.Hosting;

/// <summary>
/// Citations that last: every response names the index build that answered it, in the
/// <see cref="HeaderName"/> header (API, pages, static files and errors alike) and, in problem details,
/// as <c>indexVersion</c>. The version is the build id of the index metadata; <c>none</c> while no index is loaded.
/// </summary>
public static class IndexVersion
{
    public const string HeaderName = "X-PolicySearch-Index-Version";

    /// <summary>The loaded index's build id, or null while none is loaded.</summary>
    public static string? Of(IndexHolder holder) => holder is { IsLoaded: true } ? holder.Index.Metadata.BuildId : null;

    /// <summary>Adds <c>indexVersion</c> to every problem details body, after any other customisation.</summary>
    public static IServiceCollection AddIndexVersion(this IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var previous = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                previous?.Invoke(context);
                context.ProblemDetails.Extensions["indexVersion"] = Of(context.HttpContext.RequestServices.GetRequiredService<IndexHolder>());
            };
        });

    /// <summary>Sets the header on every response just before it starts, whatever produced it (registered first).</summary>
    public static IApplicationBuilder UseIndexVersionHeader(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var holder = context.RequestServices.GetRequiredService<IndexHolder>();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = Of(holder) ?? "none";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
