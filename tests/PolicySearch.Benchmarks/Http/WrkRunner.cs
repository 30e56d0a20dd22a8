using System.Diagnostics;

namespace PolicySearch.Benchmarks.Http;

/// <summary>
/// Drives the service with wrk (Debian package <c>wrk</c>: C, lowest client overhead, which matters
/// when client and server share two cores), always under <c>timeout</c> so a hung run cannot outlive
/// its bound.
/// </summary>
internal static class WrkRunner
{
    public const string Threads = "2";
    public const string Connections = "32";

    public static bool IsInstalled() => FindOnPath("wrk") is not null;

    /// <summary>A measured run; <paramref name="script"/>: a wrk Lua script (<c>-s</c>) that chooses the requests.</summary>
    public static (WrkResult Result, string Output) Run(string url, int seconds, string? script = null)
    {
        var output = Execute(url, seconds, latency: true, script);
        return (WrkResult.Parse(output), output);
    }

    /// <summary>An unmeasured run first: JIT tiering and connection pools settle.</summary>
    public static void WarmUp(string url, int seconds, string? script = null) => Execute(url, seconds, latency: false, script);

    private static string Execute(string url, int seconds, bool latency, string? script)
    {
        var start = new ProcessStartInfo("timeout") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"{seconds + 10}", "wrk", $"-t{Threads}", $"-c{Connections}", $"-d{seconds}s" })
        {
            start.ArgumentList.Add(argument);
        }

        if (latency)
        {
            start.ArgumentList.Add("--latency");
        }

        if (script is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(script);
        }

        start.ArgumentList.Add(url);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {error.Result}{output}");
        }

        return output;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
