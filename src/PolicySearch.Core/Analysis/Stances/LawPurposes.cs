using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// What a law is for or does, described rather than argued ("provisions designed to protect unauthorized
/// immigrants", "its ordinance protects undocumented immigrants"): the cues it covers count for nothing.
/// </summary>
internal sealed class LawPurposes(StanceFile stance)
{
    private const int SubjectWindow = 3;
    private const int Gap = 2;

    private readonly PhraseMatcher<bool> leads = new(stance.PurposeLeads.Select(v => KeyValuePair.Create(v, true)));
    private readonly FrozenSet<string> subjects = stance.PurposeSubjects.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Marks the words that may open the object of a purpose phrase ("designed to", "intended to", "meant to"):
    /// the first words after it, so that "provisions designed to protect unauthorized immigrants" is read as
    /// what the law is for, not as a view. The subject must be a law ("provisions", "a law Monday"): "a stunt meant
    /// to scare families" is a view. In a paragraph that voices a speaker only the law's name for itself counts
    /// ("the suit claims the act intended to protect immigrants oversteps"); the speaker's own predicate is their
    /// view ("the sponsor said the ordinance was designed to build trust").
    /// </summary>
    public bool[] MarkStarts(List<Word> words, bool voiced)
    {
        var marked = new bool[words.Count];
        foreach (var lead in leads.Find(words))
        {
            var lawSubject = false;
            var predicate = false;
            for (var k = lead.First - 1; k >= 0 && k >= lead.First - SubjectWindow && !lawSubject; k--)
            {
                lawSubject = subjects.Contains(words[k].Lower);
                predicate |= words[k].Lower is "is" or "was" or "are" or "were" or "be" or "been" or "being" or "as";
            }

            if (!lawSubject || (voiced && predicate))
            {
                continue;
            }

            var after = lead.First + lead.Count;
            for (var k = after; k < words.Count && k <= after + Gap; k++)
            {
                marked[k] = true;
            }
        }

        // "Its “Welcoming City Ordinance” protects undocumented immigrants from being held": a law that protects is
        // what the law does, described, like its purpose; in the author's words, or when the law is named (its name
        // in quotation marks is no speaker's view).
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k].Lower.StartsWith("protect", StringComparison.Ordinal) && subjects.Contains(words[k - 1].Lower)
                && (!voiced || words[k - 1].Capitalised))
            {
                marked[k] = true;
            }
        }

        return marked;
    }
}
