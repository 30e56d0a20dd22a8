using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// The line-pattern rules of <c>boilerplate-rules.json</c>, compiled once. Patterns come from a data file that
/// researchers edit, so they run on the non-backtracking engine (<see cref="AnalysisRegex"/>): a pathological edit
/// costs time linear in the line, never a hang, and never a result that depends on how busy the machine is
/// (a match timeout had made a timestamp line a title-case teaser under load). A pattern the engine cannot run
/// (a lookaround, a backreference) is reported when the file is loaded.
/// The word limit is checked first, so long content paragraphs skip most rules without running them. A rule's
/// optional <c>unless</c> pattern vetoes it (the engine has no lookarounds): a caption shape that also reports
/// speech ("Doe said protesters gather ... on Monday") is a sentence of the body.
/// </summary>
internal sealed class BoilerplateRuleSet
{
    private readonly (string Id, Regex Pattern, int MaxWords, Regex? Unless)[] rules;

    public BoilerplateRuleSet(BoilerplateRuleFile file)
    {
        rules = [.. file.Rules.Select(r => (r.Id, Compile(r, r.Pattern), r.MaxWords, r.Unless is null ? null : Compile(r, r.Unless)))];
    }

    /// <summary>The id of the first rule that matches the paragraph, or null.</summary>
    public string? Match(string paragraph, int wordCount)
    {
        foreach (var (id, pattern, maxWords, unless) in rules)
        {
            if ((maxWords == 0 || wordCount <= maxWords) && pattern.IsMatch(paragraph) && (unless is null || !unless.IsMatch(paragraph)))
            {
                return id;
            }
        }

        return null;
    }

    private static Regex Compile(BoilerplateRuleEntry rule, string pattern)
    {
        try
        {
            return AnalysisRegex.Create(pattern, rule.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new PolicySearchException("analysis.data-invalid", $"Boilerplate rule '{rule.Id}' has an invalid pattern: {ex.Message}", ex);
        }
    }
}
