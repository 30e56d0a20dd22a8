using PolicySearch.Core;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Api.Hosting;

/// <summary>
/// Holds the index the service answers from, or the reason there is none. Endpoints read <see cref="Index"/> once
/// per request and keep that instance, so a switch to a new build (<see cref="IndexWatcher"/>) is one atomic
/// reference swap: requests that started before it finish on the old index, which is disposed only after a grace
/// period longer than any request may run.
/// </summary>
public sealed class IndexHolder : IDisposable
{
    private PolicySearchIndex? _index;

    public string? Problem { get; private set; } = "The index is still loading.";

    public bool IsLoaded => Volatile.Read(ref _index) is not null;

    /// <summary>The build id of the index answering now, or null.</summary>
    public string? BuildId => Volatile.Read(ref _index)?.Metadata.BuildId;

    /// <summary>How long a replaced index is kept open; set from the options at start.</summary>
    public TimeSpan RetiredIndexGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <exception cref="PolicySearchException">Code <c>index.unavailable</c> when no index is loaded.</exception>
    public PolicySearchIndex Index =>
        Volatile.Read(ref _index) ?? throw new PolicySearchException(PolicySearchIndex.UnavailableErrorCode, $"The search index is not available: {Problem}");

    /// <summary>Serves <paramref name="index"/> from now on; the one it replaces is disposed after the grace period.</summary>
    internal void Loaded(PolicySearchIndex index)
    {
        var replaced = Interlocked.Exchange(ref _index, index);
        Problem = null;
        if (replaced is not null)
        {
            _ = Task.Delay(RetiredIndexGrace).ContinueWith(_ => replaced.Dispose(), TaskScheduler.Default);
        }
    }

    /// <summary>Records why no index could be loaded; an index already serving keeps serving.</summary>
    internal void Failed(string problem)
    {
        if (!IsLoaded)
        {
            Problem = problem;
        }
    }

    public void Dispose() => Interlocked.Exchange(ref _index, null)?.Dispose();
}
