using PolicySearch.Core;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Api.Hosting;

/// <summary>
/// Holds the opened index once <see cref="IndexLoader"/> has loaded it, or the reason it could not be
/// loaded. Endpoints ask it for the index; while there is none they answer 503 instead of failing.
/// </summary>
public sealed class IndexHolder : IDisposable
{
    private PolicySearchIndex? _index;

    public string? Problem { get; private set; } = "The index is still loading.";

    public bool IsLoaded => _index is not null;

    /// <exception cref="PolicySearchException">Code <c>index.unavailable</c> when no index is loaded.</exception>
    public PolicySearchIndex Index =>
        _index ?? throw new PolicySearchException("index.unavailable", $"The search index is not available: {Problem}");

    internal void Loaded(PolicySearchIndex index)
    {
        _index = index;
        Problem = null;
    }

    internal void Failed(string problem) => Problem = problem;

    public void Dispose() => _index?.Dispose();
}
