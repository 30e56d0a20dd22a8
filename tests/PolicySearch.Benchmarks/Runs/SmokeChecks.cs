namespace PolicySearch.Benchmarks.Runs;

/// <summary>
/// Sanity asserted on every run (what <c>--smoke</c> exists for): every query ran without an exception,
/// totals are non-negative and stable across passes, the index holds
/// documents, throughput ran.
/// </summary>
internal static class SmokeChecks
{
    public static IReadOnlyList<string> Find(EngineRun run)
    {
        var problems = new List<string>();
        foreach (var m in run.Latency)
        {
            if (m.Error is not null)
            {
                problems.Add($"{m.Query.Id} `{m.Query.Query}` threw {m.Error}");
            }
            else if (m.Total is null or < 0)
            {
                problems.Add($"{m.Query.Id} `{m.Query.Query}` returned total {m.Total}");
            }
            else if (m.TotalChanged)
            {
                problems.Add($"{m.Query.Id} `{m.Query.Query}` returned different totals on different passes");
            }
        }

        if (run.Restart.Documents <= 0)
        {
            problems.Add("the opened index holds no documents");
        }

        if (run.Build is { ParagraphsIndexed: <= 0 })
        {
            problems.Add("the build indexed no paragraphs");
        }

        if (run.OneThread.Failed + run.TwoThreads.Failed > 0)
        {
            problems.Add($"{run.OneThread.Failed + run.TwoThreads.Failed} searches threw during the throughput runs");
        }

        if (run.OneThread.Completed == 0 || run.TwoThreads.Completed == 0)
        {
            problems.Add("a throughput run completed no search");
        }

        return problems;
    }
}
