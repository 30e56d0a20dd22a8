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

        var kept = new KeptMentions(text.Length);

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

        var found = kept.Mentions;
        SortInTextOrder(found);
        return found;
    }

    private static void AddUnlessOverlapping(KeptMentions kept, List<Mention> candidates)
    {
        foreach (var m in candidates)
        {
            kept.AddUnlessOverlapping(m);
        }
    }

    /// <summary>Stable sort by length descending, then start (as <c>OrderByDescending(length).ThenBy(start)</c>).</summary>
    private static void SortLongestFirst(List<Mention> list) =>
        InsertionSort(list, static (a, b) => a.End - a.Start != b.End - b.Start ? (b.End - b.Start).CompareTo(a.End - a.Start) : a.Start.CompareTo(b.Start));

    /// <summary>Stable sort by start, then end (as <c>OrderBy(start).ThenBy(end)</c>).</summary>
    private static void SortInTextOrder(List<Mention> list) =>
        InsertionSort(list, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

    // Beyond this many mentions a stable merge sort replaces the insertion sort, which is quadratic in the worst case.
    private const int InsertionSortLimit = 32;

    private static void InsertionSort(List<Mention> list, Func<Mention, Mention, int> compare)
    {
        if (list.Count > InsertionSortLimit)
        {
            // OrderBy is stable, as the insertion sort is: equal mentions keep their order.
            var sorted = list.OrderBy(m => m, Comparer<Mention>.Create((a, b) => compare(a, b))).ToList();
            list.Clear();
            list.AddRange(sorted);
            return;
        }

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
