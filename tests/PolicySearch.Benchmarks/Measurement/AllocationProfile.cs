using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>
/// Where a build's garbage comes from, for whoever tunes it: listens to the runtime's own GC events in-process
/// (no tool to install) and prints, on stderr, the allocated bytes by type and heap as the runtime samples them
/// (an <c>AllocationTick</c> about every 100 KiB, so the figures are estimates) and the collections by generation
/// and reason. On when <see cref="Variable"/> is 1; the build's timing is then not comparable.
/// </summary>
internal sealed class AllocationProfile : RuntimeEventProfile
{
    public const string Variable = "POLICYSEARCH_ALLOCATION_PROFILE";

    // Microsoft-Windows-DotNETRuntime's GC keyword.
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private const int TopTypes = 40;

    private readonly ConcurrentDictionary<(string Type, string Heap), long> _bytes = new();
    private readonly ConcurrentDictionary<(string Depth, string Reason), int> _collections = new();

    // Each collection's generation, type (0 blocking, 1 background, 2 foreground during a background one) and
    // start, by its number, until its end arrives; then its duration joins the sum for its generation and type.
    private readonly ConcurrentDictionary<string, (string Depth, string Type, DateTime Start)> _running = new();
    private readonly ConcurrentDictionary<(string Depth, string Type), (int Count, double Milliseconds)> _durations = new();

    public static AllocationProfile? StartIfAsked() => Environment.GetEnvironmentVariable(Variable) == "1" ? new AllocationProfile() : null;

    protected override EventKeywords Keywords => GcKeyword;

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true)
        {
            var type = Payload(eventData, "TypeName");
            var heap = Payload(eventData, "AllocationKind") switch { "0" => "small", "1" => "large", _ => "pinned" };
            var bytes = long.Parse(Payload(eventData, "AllocationAmount64"), CultureInfo.InvariantCulture);
            _bytes.AddOrUpdate((type, heap), bytes, (_, sum) => sum + bytes);
        }
        else if (eventData.EventName?.StartsWith("GCStart", StringComparison.Ordinal) == true)
        {
            var depth = Payload(eventData, "Depth");
            _collections.AddOrUpdate((depth, Payload(eventData, "Reason")), 1, (_, count) => count + 1);
            _running[Payload(eventData, "Count")] = (depth, Payload(eventData, "Type"), eventData.TimeStamp);
        }
        else if (eventData.EventName?.StartsWith("GCEnd", StringComparison.Ordinal) == true
            && _running.TryRemove(Payload(eventData, "Count"), out var started))
        {
            var milliseconds = (eventData.TimeStamp - started.Start).TotalMilliseconds;
            _durations.AddOrUpdate(
                (started.Depth, started.Type), (1, milliseconds), (_, sum) => (sum.Count + 1, sum.Milliseconds + milliseconds));
        }
    }

    public void Print()
    {
        Console.Error.WriteLine("  allocations (sampled), MiB by type and heap:");
        foreach (var ((type, heap), bytes) in _bytes.OrderByDescending(pair => pair.Value).Take(TopTypes))
        {
            Console.Error.WriteLine($"  {bytes / 1048576.0,10:F1}  {heap,-6}  {type}");
        }

        // Reasons as the runtime numbers them: 0 small allocation, 1 induced, 4 large allocation, 5/6 out of space.
        Console.Error.WriteLine("  collections by generation and reason:");
        foreach (var ((depth, reason), count) in _collections.OrderBy(pair => pair.Key))
        {
            Console.Error.WriteLine($"  gen{depth} reason {reason}: {count}");
        }

        // From each GCStart to its GCEnd: a blocking collection's pause, or a background one's whole concurrent run.
        Console.Error.WriteLine("  collections by generation and type (0 blocking, 1 background, 2 foreground), start to end:");
        foreach (var ((depth, type), (count, milliseconds)) in _durations.OrderBy(pair => pair.Key))
        {
            Console.Error.WriteLine($"  gen{depth} type {type}: {count} in {milliseconds:F0} ms");
        }
    }
}
