namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// The synonyms and acronyms of the query's words (<c>synonyms.json</c>): for every group one of whose forms the
/// query holds as consecutive words, the group's other forms that the query does not hold already.
/// </summary>
internal static class SynonymExpander
{
    public static IReadOnlyList<(SynonymGroup Group, IReadOnlyList<string[]> Added)> Expand(IReadOnlyList<string> words, RelevanceData data)
    {
        var expansions = new List<(SynonymGroup, IReadOnlyList<string[]>)>();
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

            var added = group.Terms
                .Where(form => !QueryWords.Contains(words, form))
                .DistinctBy(form => string.Join(' ', form))
                .ToList();
            if (added.Count > 0)
            {
                expansions.Add((group, added));
            }
        }

        return expansions;
    }
}
