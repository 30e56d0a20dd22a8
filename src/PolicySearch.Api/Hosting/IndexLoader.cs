using Microsoft.Extensions.Options;
using PolicySearch.Core;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Api.Hosting;

/// <summary>
/// Opens the index before the service takes requests, building it from the seeds first when there is none
/// (SPEC §3). A failure is logged and kept: the service still starts, and /health answers 503 with the reason.
/// </summary>
public sealed partial class IndexLoader(IOptions<PolicySearchOptions> options, IndexHolder holder, ILogger<IndexLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var (indexPath, seedsPath) = (options.Value.IndexPath, options.Value.SeedsPath);
        try
        {
            if (!IndexFolder.Exists(indexPath))
            {
                LogBuilding(indexPath, seedsPath);
                Build(seedsPath, indexPath);
            }

            PolicySearchIndex index;
            try
            {
                index = PolicySearchIndex.Open(Path.GetFullPath(indexPath));
            }
            catch (PolicySearchException e) when (e.Code == PolicySearchIndex.SchemaVersionErrorCode)
            {
                // An index written by an older build of the service: the seeds are the source, so rebuild.
                LogRebuilding(e.Message, seedsPath);
                Build(seedsPath, indexPath);
                index = PolicySearchIndex.Open(Path.GetFullPath(indexPath));
            }

            if (index.Probe() is { } problem)
            {
                index.Dispose();
                holder.Failed($"The index at '{indexPath}' opens but cannot be read: {problem}");
                LogUnreadable(problem);
                return Task.CompletedTask;
            }

            holder.RetiredIndexGrace = TimeSpan.FromSeconds(options.Value.RetiredIndexGraceSeconds);
            holder.Loaded(index);
            LogLoaded(index.Path, index.Metadata.ContentParagraphs, index.Metadata.BuildId);
        }
        catch (Exception e) when (e is PolicySearchException or IOException or UnauthorizedAccessException)
        {
            holder.Failed(e.Message);
            LogFailed(e, e.Message);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Build(string seedsPath, string indexPath)
    {
        var report = new IndexBuilder().Build(seedsPath, indexPath, new LogProgress(logger));
        LogBuilt(report.ArticlesIndexed, report.ArticlesRejected, report.ParagraphsIndexed, report.Elapsed.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem} Rebuilding it from {SeedsPath}")]
    private partial void LogRebuilding(string problem, string seedsPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "No index at {IndexPath}: building it from {SeedsPath}")]
    private partial void LogBuilding(string indexPath, string seedsPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the index: {Articles} articles ({Rejected} rejected), {Paragraphs} paragraphs in {Seconds:F1} s")]
    private partial void LogBuilt(int articles, int rejected, int paragraphs, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the index at {IndexPath}: {Documents} paragraphs, build {BuildId}")]
    private partial void LogLoaded(string indexPath, int documents, string buildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index opens but cannot be read: {Problem}")]
    private partial void LogUnreadable(string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "The index could not be loaded: {Problem}")]
    private partial void LogFailed(Exception exception, string problem);

    private sealed partial class LogProgress(ILogger logger) : IProgress<string>
    {
        public void Report(string value) => LogStep(logger, value);

        [LoggerMessage(Level = LogLevel.Information, Message = "Index build: {Step}")]
        private static partial void LogStep(ILogger logger, string step);
    }
}
