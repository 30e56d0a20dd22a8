using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Analysis.Classification;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>
/// Every regex of the analysis runs on the non-backtracking engine with no match timeout: its result depends on
/// the text alone, never on how long a match took on a busy machine.
/// </summary>
public class AnalysisRegexTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "Analysis", "Data");

    [Fact]
    public void EveryRegexTheAnalyzerHolds_IsNonBacktrackingWithoutTimeout()
    {
        var regexes = RegexesReachableFrom(ArticleAnalyzer.CreateDefault())
            .Concat(StaticRegexesOfTheAnalysis())
            .ToList();

        // The analyser holds the boilerplate rules, the outlet call sign, the phrase and gap patterns, at least.
        Assert.True(regexes.Count > 40, $"only {regexes.Count} regexes found");
        Assert.All(regexes, r =>
        {
            Assert.True(r.Options.HasFlag(RegexOptions.NonBacktracking), $"backtracking: {r}");
            Assert.Equal(Regex.InfiniteMatchTimeout, r.MatchTimeout);
        });
    }

    [Fact]
    public void NoSourceGeneratedRegex_InTheAnalysis()
    {
        // The source generator emits backtracking code only: the analysis builds its patterns through AnalysisRegex.
        var generated = AnalysisTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(generated);
    }

    [Fact]
    public void BoilerplateRules_MatchExactlyAsTheBacktrackingEngineDid()
    {
        var rules = LexiconFiles.Load<BoilerplateRuleFile>(Shipped, "boilerplate-rules.json").Rules;
        var lines = SeedLines().Concat(RuleExamples).ToList();

        foreach (var rule in rules)
        {
            var options = RegexOptions.CultureInvariant | (rule.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
            var backtracking = new Regex(rule.Pattern, options);
            var linear = AnalysisRegex.Create(rule.Pattern, rule.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
            foreach (var line in lines)
            {
                Assert.True(backtracking.IsMatch(line) == linear.IsMatch(line), $"rule {rule.Id} /{rule.Pattern}/ differs on \"{line}\"");
            }
        }
    }

    [Fact]
    public void BoilerplateRule_WithALookaround_IsReportedWhenLoaded()
    {
        using var copy = new DataCopy();
        File.WriteAllText(Path.Combine(copy.Path, "boilerplate-rules.json"),
            JsonSerializer.Serialize(new { rules = new[] { new { id = "boilerplate.lookahead", pattern = "^ad(?= here)", maxWords = 5 } } }));

        var ex = Assert.Throws<PolicySearchException>(() => ArticleAnalyzer.FromDataFolder(copy.Path));

        Assert.Equal("analysis.data-invalid", ex.Code);
        Assert.Contains("boilerplate.lookahead", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BoilerplateRule_ThatBacktracksBadly_StillAnswersOnALongLine()
    {
        // (a+)+$ takes exponential time on the backtracking engine; the rule set answers "no match" on its merits.
        var set = new BoilerplateRuleSet(new BoilerplateRuleFile([new BoilerplateRuleEntry("boilerplate.nested", "^(a+)+$", 0, false)]));

        Assert.Null(set.Match(new string('a', 100_000) + "!", 1));
        Assert.Equal("boilerplate.nested", set.Match(new string('a', 100_000), 1));
    }

    // One line each for the rules' shapes, beside the seeds' own lines, so that each rule meets a line it matches.
    private static readonly string[] RuleExamples =
    [
        "[lz_ndn video=”32801659″]", "[/embed]", "<iframe src=\"x\">", "{{ widget }}", "pic.twitter.com/abc", "https://t.co/x",
        "Go Ad-Free, Get Exclusive Shows", "Advertisement", "Sponsored content", "Subscribe to our newsletter for updates",
        "Sign up for our daily newsletter", "By completing this poll you agree to receive emails", "Quick poll:", "Not sure",
        "Related: Council votes", "Read more", "Click here to read", "© 2017 Example Media", "All rights reserved.",
        "Fact-checking policy", "Correction: an earlier version", "Updated: Aug. 28, 2017 5:32 PM", "Posted 3 hours ago",
        "5:32 p.m.", "Aug. 28, 2017", "By John Smith and Ann Lee | Chicago Tribune", "Written by staff", "Associated Press",
        "SPRINGFIELD, Ill. —", "Photo: Jane Doe/AP", "The mayor spoke (AP Photo/Seth Wenig)", "Getty Images", "Share this article",
        "Facebook | Twitter | Email", "Story continues below", "Delivered straight to your inbox", "Follow us on Twitter",
        "This story has been updated.", "CHICAGO", "Comments (12)", "Contact the reporter at jdoe@example.com", "jdoe@example.com",
        "Follow Jane Doe on Twitter", "@janedoe", "Home | News | Politics", "Politics • Immigration • Illinois", "We use cookies",
        "Tags: immigration, Rauner", "Download the Example News app", "Loading...", "Jane Doe is a staff reporter for the Tribune",
        "You may also like", "Got a news tip?", "Updated", "UPDATED 12:01", "Posted on Monday", "Published: today at noon",
        new string('x', 5000) + " | " + new string('y', 5000) + " | z", "By " + new string('A', 3000),
        "Rauner signed the bill on Monday. He said it was a reasonable, decent outcome.",
    ];

    private static IEnumerable<string> SeedLines() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "seeds"), "*.txt")
            .SelectMany(File.ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);

    private static IEnumerable<Type> AnalysisTypes() =>
        typeof(ArticleAnalyzer).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("PolicySearch.Core.Analysis", StringComparison.Ordinal) == true);

    private static IEnumerable<Regex> StaticRegexesOfTheAnalysis() =>
        AnalysisTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(Regex))
            .Select(f => (Regex)f.GetValue(null)!);

    /// <summary>Every regex in the object graph: fields of the analysis' own objects, their arrays, lists and tuples.</summary>
    private static List<Regex> RegexesReachableFrom(object root)
    {
        var found = new List<Regex>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>([root]);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (!item.GetType().IsValueType && !seen.Add(item))
            {
                continue;
            }

            switch (item)
            {
                case Regex regex:
                    found.Add(regex);
                    continue;
                case string:
                    continue;
                case IEnumerable sequence when item.GetType().Namespace?.StartsWith("PolicySearch", StringComparison.Ordinal) != true:
                    foreach (var element in sequence)
                    {
                        if (element is not null)
                        {
                            pending.Push(element);
                        }
                    }

                    continue;
            }

            var type = item.GetType();
            var ours = type.Namespace?.StartsWith("PolicySearch", StringComparison.Ordinal) == true || type.FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true;
            if (!ours)
            {
                continue;
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(item) is { } value && !field.FieldType.IsPrimitive)
                    {
                        pending.Push(value);
                    }
                }
            }
        }

        return found;
    }
}
