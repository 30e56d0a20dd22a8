using System.Diagnostics;

namespace PolicySearch.Api.Tests.Browser;

/// <summary>
/// Finds the Chromium the browser tests drive, and installs Debian's package when it is missing and this machine
/// allows it (root, apt-get on the PATH), so that <c>dotnet test PolicySearch.sln</c> passes on a fresh Debian
/// machine with only the .NET SDK. Anywhere else a missing browser fails with a message saying what to install.
/// Concurrent test runs (several test hosts, several checkouts) install it once: the install runs under a file
/// lock and re-checks the browser first, and apt-get waits for the dpkg lock instead of failing on it.
/// </summary>
public sealed class ChromiumProvisioner(ChromiumProvisioner.Machine machine)
{
    public const string DefaultPath = "/usr/bin/chromium";
    public const string PathVariable = "CHROMIUM_PATH";
    public const string Packages = "chromium fonts-liberation";

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(20);

    /// <summary>What the provisioner needs to know about and do on the machine; <see cref="Machine.Current"/> is the real one.</summary>
    public sealed record Machine(
        string? ConfiguredPath,
        bool IsRoot,
        string? AptGet,
        Func<string, bool> FileExists,
        Func<string, string, CommandResult> Run,
        string LockFile)
    {
        public static Machine Current { get; } = new(
            Environment.GetEnvironmentVariable(PathVariable),
            Environment.IsPrivilegedProcess,
            FindOnPath("apt-get"),
            File.Exists,
            RunCommand,
            Path.Combine(Path.GetTempPath(), "policysearch-chromium-install.lock"));
    }

    public sealed record CommandResult(int ExitCode, string Output);

    /// <summary>The path of a Chromium executable, installed first if need be.</summary>
    /// <exception cref="InvalidOperationException">There is none and it cannot be installed here.</exception>
    public static string EnsureInstalled() => new ChromiumProvisioner(Machine.Current).Ensure();

    public string Ensure()
    {
        if (machine.ConfiguredPath is { Length: > 0 } configured)
        {
            // An explicit choice is never second-guessed with an install of something else.
            return machine.FileExists(configured)
                ? configured
                : throw new InvalidOperationException($"{PathVariable} is set to '{configured}', but there is no file there. Point it at a Chromium or Chrome executable, or unset it to use Debian's {DefaultPath}.");
        }

        if (machine.FileExists(DefaultPath))
        {
            return DefaultPath;
        }

        if (!machine.IsRoot || machine.AptGet is null)
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {DefaultPath}, which is missing. Install it with " +
                $"`sudo apt-get install -y {Packages}` (Debian or Ubuntu), or set {PathVariable} to a Chromium or Chrome executable. " +
                $"(Run as root on a machine with apt-get, the tests install it themselves; here {(machine.IsRoot ? "apt-get is not on the PATH" : "the tests do not run as root")}.)");
        }

        using (AcquireLock())
        {
            // Another test host may have installed it while this one waited for the lock.
            if (!machine.FileExists(DefaultPath))
            {
                Install(machine.AptGet);
            }
        }

        return machine.FileExists(DefaultPath)
            ? DefaultPath
            : throw new InvalidOperationException($"apt-get installed {Packages}, yet there is still no {DefaultPath}.");
    }

    private void Install(string aptGet)
    {
        // A fresh machine has no package lists yet; the dpkg lock timeout makes a concurrent apt run wait, not fail.
        foreach (var arguments in new[]
        {
            "-o DPkg::Lock::Timeout=600 update -qq",
            $"-o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends {Packages}",
        })
        {
            var result = machine.Run(aptGet, arguments);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"Installing Chromium for the browser tests failed: `apt-get {arguments}` exited with {result.ExitCode}. " +
                    $"Install it by hand (`apt-get install -y {Packages}`) or set {PathVariable}.\n{Tail(result.Output)}");
            }
        }
    }

    private FileStream AcquireLock()
    {
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(machine.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static string Tail(string output) => output.Length <= 4000 ? output : output[^4000..];

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);

    private static CommandResult RunCommand(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        // Both streams are read at once: a full stderr pipe would otherwise block the process.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CommandResult(process.ExitCode, stdout.Result + stderr.Result);
    }
}
