using Microsoft.Extensions.Options;
using PolicySearch.Core;
using PolicySearch.Core.Indexing;
using PolicySearch.Core.Storage;

namespace PolicySearch.Api.Hosting;

/// <summary>
/// Zero-downtime reindexing: the Indexer swaps a finished build into the index folder while the service runs;
/// this watcher notices the new build id in the database, opens the new index beside the old one, proves it
/// answers (<see cref="PolicySearchIndex.Probe"/>) and only then switches <see cref="IndexHolder"/> to it. No request
/// waits: the old index serves until the switch and finishes the requests already running on it. A build caught
/// between its two moves (database in place, Lucene index not yet) does not open, and is tried again next time.
/// </summary>
public sealed partial class IndexWatcher(IOptions<PolicySearchOptions> options, IndexHolder holder, ILogger<IndexWatcher> logger) : BackgroundService
{
    private string? _lastProblem;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ReloadIntervalSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ReloadIntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            CheckForNewBuild();
        }
    }

    /// <summary>Switches to the build in the index folder if it is new and answers; returns whether it switched.</summary>
    public bool CheckForNewBuild()
    {
        var indexPath = Path.GetFullPath(options.Value.IndexPath);
        string buildId;
        try
        {
            if (!IndexFolder.Exists(indexPath))
            {
                return false;
            }

            buildId = IndexDatabaseReader.ReadMetadata(IndexFolder.DatabasePath(indexPath)).BuildId;
        }
        catch (PolicySearchException)
        {
            return false;
        }

        if (buildId == holder.BuildId)
        {
            return false;
        }

        PolicySearchIndex? index = null;
        try
        {
            index = PolicySearchIndex.Open(indexPath);
            if (index.Probe() is { } problem)
            {
                throw new PolicySearchException(PolicySearchIndex.UnavailableErrorCode, $"build {buildId} opens but cannot be read: {problem}");
            }

            var previous = holder.BuildId;
            holder.Loaded(index);
            _lastProblem = null;
            LogSwitched(previous ?? "none", buildId, index.Metadata.ContentParagraphs);
            return true;
        }
        catch (Exception e) when (e is PolicySearchException or IOException or UnauthorizedAccessException)
        {
            index?.Dispose();
            holder.Failed(e.Message);
            if (e.Message != _lastProblem)
            {
                _lastProblem = e.Message;
                LogNotYet(buildId, e.Message);
            }

            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Switched from index build {Previous} to build {BuildId}: {Documents} paragraphs")]
    private partial void LogSwitched(string previous, string buildId, int documents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index build {BuildId} in the folder is not served (yet): {Problem}")]
    private partial void LogNotYet(string buildId, string problem);
}
