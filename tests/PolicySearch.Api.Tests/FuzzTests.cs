using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;
using Xunit.Abstractions;

namespace PolicySearch.Api.Tests;

/// <summary>
/// SPEC §4, "no user input may produce a 5xx", over 10,000 generated requests (<see cref="RequestFuzzer"/>, fixed
/// seed, so a failure reproduces): none is a 5xx, and every 4xx is a problem+json with a code and a detail.
/// </summary>
public sealed class FuzzTests(FuzzTests.UnlimitedApplication app, ITestOutputHelper output) : IClassFixture<FuzzTests.UnlimitedApplication>
{
    private const int Requests = 10_000;
    private const int Seed = 20_261_205;

    /// <summary>Rate limits off: every request comes from the same test client.</summary>
    public sealed class UnlimitedApplication : PolicySearchApplication
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["PolicySearch:Limits:Api:TokenLimit"] = "0",
            ["PolicySearch:Limits:Export:TokenLimit"] = "0",
        };
    }

    [Fact]
    public async Task TenThousandGeneratedRequests_GetNo5xx_AndEvery4xxIsAProblemWithACode()
    {
        var fuzzer = new RequestFuzzer(Seed);
        var requests = Enumerable.Range(0, Requests).Select(_ => fuzzer.Next()).ToList();
        var client = app.CreateClient();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, cancellationToken) =>
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, new Uri(request.Url, UriKind.Relative));
            if (request.Accept is { } accept)
            {
                message.Headers.TryAddWithoutValidation("Accept", accept);
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(message, cancellationToken);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
            {
                // An encoded NUL in the path: the test server's decoder refuses it, as Kestrel's does (README, "Limits").
                statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                return;
            }

            using var _ = response;
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (Problem(status, response.Content.Headers.ContentType?.MediaType, body) is { } problem)
            {
                failures.Enqueue($"{status} {request.Url} (Accept: {request.Accept ?? "-"}): {problem}");
            }
        });

        output.WriteLine($"{Requests} requests in {clock.Elapsed.TotalSeconds:F1} s; by status (0 = refused before the service): {Summary(statuses)}");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {Requests} requests failed; the first ones:\n{string.Join('\n', failures.Take(15))}");
        // The generator must reach the engine, not only its guards: plenty of both answers.
        Assert.True(statuses.GetValueOrDefault(200) > Requests / 5, Summary(statuses));
        Assert.True(statuses.GetValueOrDefault(400) > Requests / 5, Summary(statuses));
    }

    private static string? Problem(int status, string? mediaType, string body)
    {
        if (status >= 500)
        {
            return "a server error: " + Truncate(body);
        }

        if (status < 400)
        {
            return null;
        }

        if (mediaType != "application/problem+json")
        {
            return $"a {mediaType ?? "bodiless"} error: " + Truncate(body);
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 }
                && problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 }
                ? null
                : "a problem without code or detail: " + Truncate(body);
        }
        catch (JsonException)
        {
            return "a problem that is not JSON: " + Truncate(body);
        }
    }

    private static string Summary(ConcurrentDictionary<int, int> statuses) =>
        string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
