using PolicySearch.Api.Contracts;
using PolicySearch.Api.Endpoints;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<PolicySearchOptions>(builder.Configuration.GetSection(PolicySearchOptions.Section));
builder.Services.AddSingleton<IndexHolder>();
builder.Services.AddHostedService<IndexLoader>();
builder.Services.AddProblemDetails();
builder.Services.AddIndexVersion();
builder.Services.AddExceptionHandler<ProblemMapping>();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));

var app = builder.Build();

app.UseIndexVersionHeader();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.MapSearchApi();
app.MapExportApi();
app.MapDocumentApi();
app.MapHealth();
app.MapWorkbenchApi();

app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
