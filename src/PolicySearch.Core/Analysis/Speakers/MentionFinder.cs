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
        // Loops and small stable insertion sorts rather than LINQ: a paragraph has a handful of mentions,
        // and this runs for every content paragraph of the corpus.
        var bodies = new List<Mention>();
        List<Mention>? descriptions = null;
        foreach (var m in phrases.Find(text, words))
        {
            if (quotes.IsQuoted(m.Start))
            {
                continue;
            }

            if (m.Kind is MentionKind.Description or MentionKind.Pronoun)
            {
                (descriptions ??= []).Add(m);
            }
            else
            {
                bodies.Add(m);
            }
        }

        var kept = new List<Mention>();

        // Longest first, so that a phrase inside a longer one is dropped.
        SortLongestFirst(bodies);
        AddUnlessOverlapping(kept, bodies);
        var named = names.Find(text, articleOutlet);
        named.RemoveAll(m => quotes.IsQuoted(m.Start));
        AddUnlessOverlapping(kept, named);
        if (descriptions is not null)
        {
            SortLongestFirst(descriptions);
            AddUnlessOverlapping(kept, descriptions);
        }

        SortInTextOrder(kept);
        return kept;
    }

    private static void AddUnlessOverlapping(List<Mention> kept, List<Mention> candidates)
    {
        foreach (var m in candidates)
        {
            if (!Overlaps(kept, m))
            {
                kept.Add(m);
            }
        }
    }

    private static bool Overlaps(List<Mention> kept, Mention m)
    {
        foreach (var k in kept)
        {
            if (k.Start < m.End && m.Start < k.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Stable sort by length descending, then start (as <c>OrderByDescending(length).ThenBy(start)</c>).</summary>
    private static void SortLongestFirst(List<Mention> list) =>
        InsertionSort(list, static (a, b) => a.End - a.Start != b.End - b.Start ? (b.End - b.Start).CompareTo(a.End - a.Start) : a.Start.CompareTo(b.Start));

    /// <summary>Stable sort by start, then end (as <c>OrderBy(start).ThenBy(end)</c>).</summary>
    private static void SortInTextOrder(List<Mention> list) =>
        InsertionSort(list, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

    private static void InsertionSort(List<Mention> list, Func<Mention, Mention, int> compare)
    {
        for (var i = 1; i < list.Count; i++)
        {
            var item = list[i];
            var j = i - 1;
            while (j >= 0 && compare(list[j], item) > 0)
            {
                list[j + 1] = list[j];
                j--;
            }

            list[j + 1] = item;
        }
    }
}
