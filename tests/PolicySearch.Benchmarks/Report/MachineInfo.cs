namespace PolicySearch.Benchmarks.Report;

/// <summary>
/// What the figures were measured on. The targets assume two cores; on a shared box the load average
/// at the end of the run says how much other work competed for them.
/// </summary>
internal static class MachineInfo
{
    public static string Cpu { get; } = ReadCpu();

    /// <summary>The 1-minute load average, or null off Linux.</summary>
    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null;

    private static string ReadCpu()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var model = File.Exists(cpuinfo)
            ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                ?.Split(':', 2)[1].Trim()
            : null;
        return $"{model ?? "unknown CPU"} x{Environment.ProcessorCount}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";
    }
}
