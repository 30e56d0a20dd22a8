namespace PolicySearch.Benchmarks.Measurement;

/// <summary>
/// Resident memory as the kernel counts it (/proc/self/status): VmRSS now, VmHWM the peak since the
/// process started. The peak is exact, not sampled, which is why builds run in a child process that
/// reads its own VmHWM just before it exits. Null where /proc does not exist (not Linux).
/// </summary>
internal static class ProcessMemory
{
    public static double? CurrentMiB() => ReadKiB("VmRSS:") / 1024.0;

    public static double? PeakMiB() => ReadKiB("VmHWM:") / 1024.0;

    /// <summary>VmRSS of another process (the service the HTTP modes start), or null when it cannot be read.</summary>
    public static double? CurrentMiB(int processId) => ReadKiB("VmRSS:", $"/proc/{processId}/status") / 1024.0;

    /// <summary>Full blocking, compacting collection, so that RSS shows what is live, not garbage.</summary>
    public static void CollectFully()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static long? ReadKiB(string field, string status = "/proc/self/status")
    {
        if (!File.Exists(status))
        {
            return null;
        }

        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                // "VmHWM:\t  123456 kB"
                var digits = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(digits);
            }
        }

        return null;
    }
}
