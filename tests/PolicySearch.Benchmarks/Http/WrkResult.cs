using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicySearch.Benchmarks.Http;

/// <summary>
/// The figures of one <c>wrk --latency</c> run, parsed from its text output: requests/s, the latency
/// distribution (50/75/90/99%), and errors = socket errors (connect, read, write, timeout) plus
/// non-2xx/3xx responses.
/// </summary>
internal sealed partial record WrkResult(
    double RequestsPerSecond,
    long Requests,
    double P50Ms,
    double P75Ms,
    double P90Ms,
    double P99Ms,
    long SocketErrors,
    long Non2xx)
{
    public long Errors => SocketErrors + Non2xx;

    public static WrkResult Parse(string output)
    {
        var rps = Number(RequestsPerSecondLine().Match(output), "Requests/sec");
        var requests = (long)Number(RequestsLine().Match(output), "requests in");
        var percentiles = PercentileLine().Matches(output)
            .ToDictionary(m => m.Groups["p"].Value, m => Milliseconds(m.Groups["v"].Value, m.Groups["u"].Value));
        var socket = SocketErrorsLine().Match(output);
        var socketErrors = socket.Success
            ? new[] { "connect", "read", "write", "timeout" }.Sum(g => long.Parse(socket.Groups[g].Value))
            : 0;
        var non2xx = Non2xxLine().Match(output);
        return new WrkResult(rps, requests,
            Percentile(percentiles, "50"), Percentile(percentiles, "75"), Percentile(percentiles, "90"),
            Percentile(percentiles, "99"), socketErrors, non2xx.Success ? long.Parse(non2xx.Groups[1].Value) : 0);
    }

    private static double Number(Match match, string what) =>
        match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new FormatException($"wrk output has no '{what}' line.");

    private static double Percentile(Dictionary<string, double> percentiles, string key) =>
        percentiles.TryGetValue(key, out var value)
            ? value
            : throw new FormatException($"wrk output has no {key}% latency (was --latency given?).");

    private static double Milliseconds(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            _ => throw new FormatException($"Unknown wrk time unit '{unit}'."),
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"^\s+(?<p>50|75|90|99)%\s+(?<v>[\d.]+)(?<u>us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex PercentileLine();

    [GeneratedRegex(@"Socket errors: connect (?<connect>\d+), read (?<read>\d+), write (?<write>\d+), timeout (?<timeout>\d+)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xxLine();
}
