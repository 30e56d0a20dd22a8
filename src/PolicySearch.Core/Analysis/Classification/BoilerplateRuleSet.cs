using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// The line-pattern rules of <c>boilerplate-rules.json</c>, compiled once. Patterns come from a data file that
/// researchers edit, so each match has a time limit: a pathological edit makes a rule miss, never hang the build.
/// The word limit is checked first, so long content paragraphs skip most rules without running them.
/// </summary>
internal sealed class BoilerplateRuleSet
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private readonly (string Id, Regex Pattern, int MaxWords)[] rules;

    public BoilerplateRuleSet(BoilerplateRuleFile file)
    {
        rules = [.. file.Rules.Select(r => (r.Id, Compile(r), r.MaxWords))];
    }

    /// <summary>The id of the first rule that matches the paragraph, or null.</summary>
    public string? Match(string paragraph, int wordCount)
    {
        foreach (var (id, pattern, maxWords) in rules)
        {
            if ((maxWords == 0 || wordCount <= maxWords) && IsMatch(pattern, paragraph))
            {
                return id;
            }
        }

        return null;
    }

    private static bool IsMatch(Regex pattern, string paragraph)
    {
        try
        {
            return pattern.IsMatch(paragraph);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex Compile(BoilerplateRuleEntry rule)
    {
        var options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
        if (!rule.CaseSensitive)
        {
            options |= RegexOptions.IgnoreCase;
        }

        try
        {
            return new Regex(rule.Pattern, options, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new PolicySearchException("analysis.data-invalid", $"Boilerplate rule '{rule.Id}' has an invalid pattern: {ex.Message}", ex);
        }
    }
}
