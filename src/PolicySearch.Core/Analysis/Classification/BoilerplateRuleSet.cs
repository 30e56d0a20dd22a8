using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// The line-pattern rules of <c>boilerplate-rules.json</c>, compiled once. Patterns come from a data file that
/// researchers edit, so they run on the non-backtracking engine (<see cref="AnalysisRegex"/>): a pathological edit
/// costs time linear in the line, never a hang, and never a result that depends on how busy the machine is
/// (a match timeout had made a timestamp line a title-case teaser under load). A pattern the engine cannot run
/// (a lookaround, a backreference) is reported when the file is loaded.
/// The word limit is checked first, so long content paragraphs skip most rules without running them.
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
        try
        {
            return AnalysisRegex.Create(rule.Pattern, rule.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new PolicySearchException("analysis.data-invalid", $"Boilerplate rule '{rule.Id}' has an invalid pattern: {ex.Message}", ex);
        }
    }
}
