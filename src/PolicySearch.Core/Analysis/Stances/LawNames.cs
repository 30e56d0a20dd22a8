using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Names of laws ("the Trust Act", "Welcoming City Ordinance", "Immigrant Trust Directive"): their words are vocabulary, not a view
/// (STANCE_GUIDELINES rule 3), so no cue is read inside them.
/// </summary>
internal static class LawNames
{
    private const int MaxWords = 4;
    private static readonly FrozenSet<string> LawWords = new[] { "act", "ordinance", "law", "bill", "directive" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Marks the capitalised words before a capitalised "Act", "Ordinance", "Law", "Bill" or "Directive", possessive included
    /// ("The TRUST Act’s main provisions").
    /// </summary>
    public static bool[] Mark(List<Word> words)
    {
        var marked = new bool[words.Count];
        for (var i = 1; i < words.Count; i++)
        {
            if (!words[i].Capitalised || !LawWords.Contains(Singular(words[i].Lower)) || !words[i - 1].Capitalised)
            {
                continue;
            }

            for (var k = i; k >= 0 && k >= i - MaxWords && words[k].Capitalised; k--)
            {
                marked[k] = true;
            }
        }

        return marked;
    }

    private static string Singular(string lower) => lower.EndsWith("'s", StringComparison.Ordinal) ? lower[..^2] : lower;
}
