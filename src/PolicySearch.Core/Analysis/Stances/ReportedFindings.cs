using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// "Fifty percent of respondents said it made the city less safe", "… a clear threat to public safety, according
/// to the ordinance": a poll's findings and a law's own text are reported, not argued, so a paragraph that cites
/// them takes no side from its cues.
/// </summary>
internal sealed class ReportedFindings(StanceFile stance)
{
    private readonly FrozenSet<string> lawSubjects = stance.PurposeSubjects.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A poll's respondents, or "according to" a law ("according to the ordinance", "according to its provisions").</summary>
    public bool ReportsPollOrLawText(List<Word> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Lower == "respondents")
            {
                return true;
            }

            if (words[k].Lower == "according" && k + 2 < words.Count && words[k + 1].Lower == "to")
            {
                var next = words[k + 2].Lower is "the" or "its" or "a" or "their" && k + 3 < words.Count ? words[k + 3].Lower : words[k + 2].Lower;
                if (lawSubjects.Contains(next))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
