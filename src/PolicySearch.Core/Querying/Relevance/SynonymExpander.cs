namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// The synonyms and acronyms of the query's words (<c>synonyms.json</c>): for every group one of whose forms the
/// query holds as consecutive words, the forms it holds and the group's other forms.
/// </summary>
internal static class SynonymExpander
{
    public static IReadOnlyList<(SynonymGroup Group, IReadOnlyList<string[]> Held, IReadOnlyList<string[]> Added)> Expand(
        IReadOnlyList<string> words, RelevanceData data)
    {
        var expansions = new List<(SynonymGroup, IReadOnlyList<string[]>, IReadOnlyList<string[]>)>();
        if (words.Count == 0)
        {
            return expansions;
        }

        foreach (var group in data.Synonyms)
        {
            if (!group.Terms.Any(form => QueryWords.Contains(words, form)))
            {
                continue;
            }

            var held = group.Terms.Where(form => QueryWords.Contains(words, form)).ToList();
            var added = group.Terms
                .Where(form => !QueryWords.Contains(words, form))
                .DistinctBy(form => string.Join(' ', form))
                .ToList();
            if (added.Count > 0)
            {
                expansions.Add((group, held, added));
            }
        }

        return expansions;
    }
}
