namespace PolicySearch.Benchmarks.Report;

/// <summary>
/// How much CPU the hypervisor gave to other guests while a run went on: the <c>steal</c> column of
/// <c>/proc/stat</c> against the time the machine was busy. On a shared host this moves every figure by tens of
/// percent (measured 0-34% from one run to the next on the development machine), so a run reports it beside its
/// figures. Null off Linux or where the kernel does not count steal.
/// </summary>
internal static class CpuSteal
{
    /// <summary>Busy and stolen time of all CPUs since boot, in clock ticks.</summary>
    public readonly record struct Ticks(long Busy, long Stolen);

    public static Ticks? Now()
    {
        const string stat = "/proc/stat";
        if (!File.Exists(stat))
        {
            return null;
        }

        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
        var line = File.ReadLines(stat).FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        var fields = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        if (fields is not { Length: >= 8 })
        {
            return null;
        }

        var busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6];
        return new Ticks(busy, fields[7]);
    }

    /// <summary>Stolen time as a percentage of busy plus stolen time between two readings.</summary>
    public static double? PercentBetween(Ticks? from, Ticks? to)
    {
        if (from is not { } start || to is not { } end)
        {
            return null;
        }

        var busy = end.Busy - start.Busy;
        var stolen = end.Stolen - start.Stolen;
        return busy + stolen <= 0 ? null : 100.0 * stolen / (busy + stolen);
    }
}
