using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>
/// Where a build's compile time goes, for whoever tunes it: listens to the runtime's own JIT events in-process
/// and prints, on stderr, the milliseconds spent compiling by method (the time from a method's
/// <c>MethodJittingStarted</c> to its <c>MethodLoad</c> on the same thread) and the totals by owner (namespace
/// and type, so a compiled regex shows as one owner). On when <see cref="Variable"/> is 1; the build's timing is
/// then not comparable.
/// </summary>
internal sealed class JitProfile : RuntimeEventProfile
{
    public const string Variable = "POLICYSEARCH_JIT_PROFILE";

    // Microsoft-Windows-DotNETRuntime's JIT keyword.
    private const EventKeywords JitKeyword = (EventKeywords)0x10;

    private const int TopMethods = 25;
    private const int TopOwners = 25;

    private readonly ConcurrentDictionary<long, (DateTime Started, string Owner, string Method)> _started = new();
    private readonly ConcurrentDictionary<string, (double Ms, int Count)> _byOwner = new();
    private readonly ConcurrentDictionary<string, (double Ms, int Count)> _byMethod = new();

    public static JitProfile? StartIfAsked() => Environment.GetEnvironmentVariable(Variable) == "1" ? new JitProfile() : null;

    protected override EventKeywords Keywords => JitKeyword;

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        var name = eventData.EventName;
        if (name is null)
        {
            return;
        }

        if (name.StartsWith("MethodJittingStarted", StringComparison.Ordinal))
        {
            _started[eventData.OSThreadId] = (eventData.TimeStamp, Owner(eventData), Payload(eventData, "MethodName"));
        }
        else if (name.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) && _started.TryRemove(eventData.OSThreadId, out var started))
        {
            var ms = (eventData.TimeStamp - started.Started).TotalMilliseconds;
            _byOwner.AddOrUpdate(started.Owner, (ms, 1), (_, sum) => (sum.Ms + ms, sum.Count + 1));
            _byMethod.AddOrUpdate($"{started.Owner}::{started.Method}", (ms, 1), (_, sum) => (sum.Ms + ms, sum.Count + 1));
        }
    }

    public void Print()
    {
        Console.Error.WriteLine($"  compile time (ms, methods): {_byOwner.Values.Sum(v => v.Ms):F0}, {_byOwner.Values.Sum(v => v.Count)}; by owner:");
        foreach (var (owner, (ms, count)) in _byOwner.OrderByDescending(pair => pair.Value.Ms).Take(TopOwners))
        {
            Console.Error.WriteLine($"  {ms,8:F1} {count,5}  {owner}");
        }

        Console.Error.WriteLine("  by method (ms, compilations):");
        foreach (var (method, (ms, count)) in _byMethod.OrderByDescending(pair => pair.Value.Ms).Take(TopMethods))
        {
            Console.Error.WriteLine($"  {ms,8:F1} {count,5}  {method}");
        }
    }

    private static string Owner(EventWrittenEventArgs eventData) => Truncate(Payload(eventData, "MethodNamespace"), 110);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
