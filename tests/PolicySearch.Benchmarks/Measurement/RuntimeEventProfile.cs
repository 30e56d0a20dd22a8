using System.Diagnostics.Tracing;
using System.Globalization;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>
/// A profile built in-process from the runtime's own events (no tool to install): listens to
/// Microsoft-Windows-DotNETRuntime at the verbose level, which the type and method names need, for the
/// keywords a subclass asks for.
/// </summary>
internal abstract class RuntimeEventProfile : EventListener
{
    /// <summary>A constant: the base constructor asks for it before the subclass is constructed.</summary>
    protected abstract EventKeywords Keywords { get; }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, Keywords);
        }
    }

    /// <summary>The event's field <paramref name="name"/> as text, or "" when the event has no such field.</summary>
    protected static string Payload(EventWrittenEventArgs eventData, string name)
    {
        var index = eventData.PayloadNames!.IndexOf(name);
        return index < 0 ? "" : Convert.ToString(eventData.Payload![index], CultureInfo.InvariantCulture) ?? "";
    }
}
