using System.Text;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Finds the stance cues of <c>stance.json</c> in a paragraph (quoted words included: a quote carries its
/// speaker's view) with one compiled scan. Names of laws ("the Trust Act", "Welcoming City Ordinance") are
/// hidden first, because a law's name is vocabulary, not a view (STANCE_GUIDELINES rule 3).
/// </summary>
internal sealed partial class StanceCueScorer
{
    private readonly Regex cues;
    private readonly (string Group, double Weight)[] groups;
    private readonly HashSet<string> negators;

    [GeneratedRegex(@"(?:\p{Lu}[\p{L}\-]*\s+){1,4}(?:Act|Ordinance|Law|Bill)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LawName();

    public StanceCueScorer(StanceFile stance)
    {
        var entries = stance.Supports.Select(s => (Phrase: s.Key, Weight: s.Value))
            .Concat(stance.Opposes.Select(o => (Phrase: o.Key, Weight: -o.Value)))
            .OrderByDescending(e => e.Phrase.Length)
            .ThenBy(e => e.Phrase, StringComparer.Ordinal)
            .ToList();
        groups = [.. entries.Select((e, i) => ($"c{i}", e.Weight))];
        var pattern = string.Join('|', entries.Select((e, i) => $"(?<c{i}>{PhrasePattern.ToRegex(e.Phrase)})"));
        cues = new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);
        negators = stance.Negators.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<StanceCue> Find(string paragraph)
    {
        var text = LawName().Replace(paragraph.Replace('’', '\'').Replace('‘', '\''), m => new string(' ', m.Length));
        var found = new List<StanceCue>();
        foreach (Match m in cues.Matches(text))
        {
            var weight = groups.First(g => m.Groups[g.Group].Success).Weight;
            var negated = IsNegated(text, m.Index);
            found.Add(new StanceCue(m.Value.ToLowerInvariant(), negated ? -weight : weight, negated));
        }

        return found;
    }

    /// <summary>A negator among the three words before the cue flips it ("not dangerous", "shouldn't be a chilling effect").</summary>
    private bool IsNegated(string text, int cueStart)
    {
        var window = text[Math.Max(0, cueStart - 40)..cueStart];
        var words = Words(window);
        // The first word of the window may be cut off; only trust it when the window starts the text.
        var last = words.Skip(Math.Max(0, words.Count - 3));
        return last.Any(w => negators.Contains(w) || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c) || c == '\'')
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
