using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PolicySearch.Benchmarks.Measurement;

/// <summary>
/// Runs this benchmark again as a child process with a hidden subcommand (<c>build</c>, <c>open</c>):
/// a fresh process is what a real indexer run or service restart is, and its own peak RSS and
/// post-GC RSS are then not mixed with the generator's or the harness's memory. The child writes
/// progress to stderr (passed through) and one JSON object as its last stdout line.
/// </summary>
internal static class SelfProcess
{
    /// <summary>Runs the child with extra environment variables: the runtime settings of the process it stands for.</summary>
    public static JsonObject Run(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var host = Environment.ProcessPath ?? "dotnet";
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            // Started as `dotnet PolicySearch.Benchmarks.dll`: start the child the same way.
            start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }

        start.FileName = host;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {host}.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault();
        if (process.ExitCode != 0 || last is null)
        {
            throw new InvalidOperationException(
                $"Child '{string.Join(' ', arguments)}' exited with {process.ExitCode}: {output.Trim()}");
        }

        return JsonNode.Parse(last)?.AsObject()
            ?? throw new InvalidOperationException($"Child '{arguments[0]}' printed no JSON: {last}");
    }
}
