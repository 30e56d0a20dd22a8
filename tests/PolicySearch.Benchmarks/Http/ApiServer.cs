using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicySearch.Benchmarks.Http;

/// <summary>
/// The real service (src/PolicySearch.Api), published in Release and started on 127.0.0.1 with a free
/// port over a given index; disposed = stopped (its process, by id). Logging is set to Warning so that
/// request logs do not cost CPU the measurement needs.
/// </summary>
internal sealed class ApiServer : IDisposable
{
    private readonly Process process;

    private ApiServer(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The service's resident memory now (VmRSS; null off Linux or once it has exited).</summary>
    public double? ResidentMiB()
    {
        try
        {
            return process.HasExited ? null : Measurement.ProcessMemory.CurrentMiB(process.Id);
        }
        catch (IOException)
        {
            return null; // exited between the check and the read
        }
    }

    /// <summary><c>dotnet publish -c Release</c> of the Api project into <paramref name="output"/>; returns the dll.</summary>
    public static string Publish(string repoRoot, string output)
    {
        var project = Path.Combine(repoRoot, "src", "PolicySearch.Api", "PolicySearch.Api.csproj");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var log = publish.StandardOutput.ReadToEnd();
        publish.WaitForExit();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of the Api failed ({publish.ExitCode}):\n{log}");
        }

        return Path.Combine(output, "PolicySearch.Api.dll");
    }

    public static ApiServer Start(string apiDll, string indexPath)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
        };
        start.ArgumentList.Add(apiDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.Environment["PolicySearch__IndexPath"] = indexPath;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        // All of wrk's load comes from one address: the per-client rate limit would answer most of it with 429s.
        start.Environment["PolicySearch__Limits__Api__TokenLimit"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Api.");
        // Drain stdout so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return new ApiServer(process, baseUrl);
    }

    /// <summary>Polls <c>GET /health</c> until 200, the process dies, or the time is up.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Api exited with {process.ExitCode} before it was healthy.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri($"{BaseUrl}/health")).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still loading.
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new TimeoutException($"The Api at {BaseUrl} was not healthy within {limit.TotalSeconds} s.");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
