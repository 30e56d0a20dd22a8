using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// All mentions of a paragraph outside quoted words, in text order. Precedence when spans overlap:
/// phrases about bodies and offices ("an aide in Haddad's office", "a Justice Department official") win over
/// the names inside them; names win over descriptions ("the Department of Justice" is a name, not "the department").
/// </summary>
internal sealed class MentionFinder(AnalysisLexicon lexicon)
{
    private readonly NameRunParser names = new(lexicon);
    private readonly PhraseMentionFinder phrases = new(lexicon);

    public IReadOnlyList<Mention> Find(string text, List<Word> words, QuoteMap quotes, string? articleOutlet)
    {
        var found = phrases.Find(text, words).Where(m => !quotes.IsQuoted(m.Start)).ToList();
        var kept = new List<Mention>();

        // Longest first, so that a phrase inside a longer one is dropped.
        AddUnlessOverlapping(kept, found.Where(m => m.Kind is not (MentionKind.Description or MentionKind.Pronoun))
            .OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start));
        AddUnlessOverlapping(kept, names.Find(text, articleOutlet).Where(m => !quotes.IsQuoted(m.Start)));
        AddUnlessOverlapping(kept, found.Where(m => m.Kind is MentionKind.Description or MentionKind.Pronoun)
            .OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start));

        return kept.OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
    }

    private static void AddUnlessOverlapping(List<Mention> kept, IEnumerable<Mention> candidates)
    {
        foreach (var m in candidates)
        {
            if (!kept.Any(k => k.Start < m.End && m.Start < k.End))
            {
                kept.Add(m);
            }
        }
    }
}
