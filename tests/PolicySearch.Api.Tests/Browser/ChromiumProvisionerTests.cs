namespace PolicySearch.Api.Tests.Browser;

/// <summary>
/// The decisions of <see cref="ChromiumProvisioner"/> on a made-up machine (no real install): the browser tests
/// themselves are the proof that it works on this one.
/// </summary>
public sealed class ChromiumProvisionerTests : IDisposable
{
    private readonly string _lockFile = Path.Combine(Path.GetTempPath(), "policysearch-provisioner-test-" + Guid.NewGuid().ToString("N"));
    private readonly HashSet<string> _files = [];
    private readonly List<string> _commands = [];

    [Fact]
    public void InstalledBrowser_IsUsedWithoutInstalling()
    {
        _files.Add(ChromiumProvisioner.DefaultPath);

        Assert.Equal(ChromiumProvisioner.DefaultPath, Provisioner(isRoot: true).Ensure());
        Assert.Empty(_commands);
    }

    [Fact]
    public void MissingBrowser_AsRootWithApt_IsInstalledOnceWithFreshPackageLists()
    {
        var path = Provisioner(isRoot: true, onRun: arguments =>
        {
            if (arguments.Contains(" install ", StringComparison.Ordinal))
            {
                _files.Add(ChromiumProvisioner.DefaultPath);
            }

            return new(0, "");
        }).Ensure();

        Assert.Equal(ChromiumProvisioner.DefaultPath, path);
        Assert.Equal(2, _commands.Count);
        Assert.Contains(" update", _commands[0], StringComparison.Ordinal);
        Assert.EndsWith("install -y -qq --no-install-recommends chromium fonts-liberation", _commands[1], StringComparison.Ordinal);
        Assert.All(_commands, command => Assert.StartsWith("/usr/bin/apt-get -o DPkg::Lock::Timeout=", command, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "/usr/bin/apt-get", "do not run as root")]
    [InlineData(true, null, "apt-get is not on the PATH")]
    public void MissingBrowser_WhereItCannotBeInstalled_FailsSayingWhatToInstall(bool isRoot, string? aptGet, string why)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Provisioner(isRoot, aptGet).Ensure());

        Assert.Contains("apt-get install -y chromium fonts-liberation", error.Message, StringComparison.Ordinal);
        Assert.Contains(ChromiumProvisioner.PathVariable, error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Empty(_commands);
    }

    [Fact]
    public void FailedInstall_ReportsTheCommandAndItsOutput()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Provisioner(isRoot: true, onRun: _ => new(100, "E: Unable to locate package chromium")).Ensure());

        Assert.Contains("exited with 100", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unable to locate package chromium", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredPath_IsUsedAsIs_AndNeverReplacedByAnInstall()
    {
        _files.Add("/opt/chrome/chrome");
        Assert.Equal("/opt/chrome/chrome", Provisioner(isRoot: true, configuredPath: "/opt/chrome/chrome").Ensure());

        var error = Assert.Throws<InvalidOperationException>(() => Provisioner(isRoot: true, configuredPath: "/nowhere/chrome").Ensure());
        Assert.Contains("/nowhere/chrome", error.Message, StringComparison.Ordinal);
        Assert.Empty(_commands);
    }

    public void Dispose() => File.Delete(_lockFile);

    private ChromiumProvisioner Provisioner(
        bool isRoot,
        string? aptGet = "/usr/bin/apt-get",
        string? configuredPath = null,
        Func<string, ChromiumProvisioner.CommandResult>? onRun = null) =>
        new(new ChromiumProvisioner.Machine(
            configuredPath,
            isRoot,
            aptGet,
            _files.Contains,
            (program, arguments) =>
            {
                _commands.Add($"{program} {arguments}");
                return onRun?.Invoke(arguments) ?? new(0, "");
            },
            _lockFile));
}
