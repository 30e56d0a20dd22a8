using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// The line-pattern rules of <c>boilerplate-rules.json</c>, compiled once. Patterns come from a data file that
/// researchers edit, so they run on the non-backtracking engine: no edit can make analysis hang.
/// </summary>
internal sealed class BoilerplateRuleSet
{
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
            if ((maxWords == 0 || wordCount <= maxWords) && pattern.IsMatch(paragraph))
            {
                return id;
            }
        }

        return null;
    }

    private static Regex Compile(BoilerplateRuleEntry rule)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
        if (!rule.CaseSensitive)
        {
            options |= RegexOptions.IgnoreCase;
        }

        try
        {
            return new Regex(rule.Pattern, options);
        }
        catch (ArgumentException ex)
        {
            throw new PolicySearchException("analysis.data-invalid", $"Boilerplate rule '{rule.Id}' has an invalid pattern: {ex.Message}", ex);
        }
    }
}
