using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// Answers to the paragraph before ("But the director says that's not accurate", "The department fired back"):
/// with no cue or speaker of its own to decide, a rebuttal takes the other side.
/// </summary>
internal sealed class Rebuttals(StanceFile stance)
{
    private readonly PhraseMatcher<bool> rebuttals = new(stance.Rebuttals.Select(r => KeyValuePair.Create(r, true)));

    /// <summary>The first rebuttal phrase of a paragraph ("that's not accurate", "fired back"), or null.</summary>
    public string? First(List<Word> words)
    {
        var found = rebuttals.Find(words);
        return found.Count == 0 ? null : found[0].Phrase;
    }
}
