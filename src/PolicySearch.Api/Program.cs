using PolicySearch.Api.Contracts;
using PolicySearch.Api.Endpoints;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Hosting;
using PolicySearch.Api.Limits;
using PolicySearch.Api.Requests;
using PolicySearch.Api.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<PolicySearchOptions>(builder.Configuration.GetSection(PolicySearchOptions.Section));
builder.Services.AddSingleton<IndexHolder>();
builder.Services.AddHostedService<IndexLoader>();
builder.Services.AddSingleton<IndexWatcher>();
builder.Services.AddHostedService(services => services.GetRequiredService<IndexWatcher>());
builder.Services.AddProblemResponses();
builder.Services.AddLimits();
builder.Services.AddIndexVersion();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));

var app = builder.Build();

// First, so that its headers reach every response, the exception handler's and the limits' included.
app.UseMiddleware<SecurityHeaders>();
app.UseIndexVersionHeader();
app.UseExceptionHandler();
app.UseStatusCodePages();
// Size checks come before routing and the rate limiter: an oversized request is refused before any work.
app.UseMiddleware<RequestSizeGuard>();
app.UseMiddleware<QueryStringGuard>();
app.UseRouting();
app.UseRateLimiter();
app.UseRequestTimeouts();
app.UseDefaultFiles();
app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = StaticContentTypes.Create() });

app.MapOpenApi();
app.MapSearchApi();
app.MapExportApi();
app.MapDocumentApi();
app.MapHealth();
app.MapWorkbenchApi();

app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
