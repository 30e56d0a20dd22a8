using System.Text.RegularExpressions;

namespace PolicySearch.Core.Analysis.Lexicons;

/// <summary>
/// The one way the analysis builds a regex: with the non-backtracking engine and no match timeout. A
/// backtracking regex on a long or odd line can take time exponential in its length, and a timeout that turns
/// "too slow" into "no match" makes the result depend on the machine's load (a busy machine once read a
/// timestamp line as a title-case teaser). The non-backtracking engine takes time linear in the input and gives
/// the same matches, so every result depends on the text alone. It has no lookarounds, backreferences or atomic
/// groups: patterns that need one are rewritten without it, the check done in code beside the match.
/// </summary>
internal static class AnalysisRegex
{
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    public static Regex Create(string pattern, RegexOptions extra = RegexOptions.None) => new(pattern, Options | extra);
}
