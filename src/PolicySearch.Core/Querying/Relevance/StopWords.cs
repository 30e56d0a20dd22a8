using Lucene.Net.Analysis.Core;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// Lucene's English stop words (<c>StopAnalyzer.ENGLISH_STOP_WORDS_SET</c>, the set Lucene's <c>EnglishAnalyzer</c>
/// drops) as our analyzer indexes them ("this" is the stem "thi"). The index keeps every word, as FTS5 does, so a
/// phrase with "of the" still matches; only the boosts that reward holding many query words, or two of them close
/// together, leave these out: "by Congress" close together says nothing about Congress.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Terms = [.. StopAnalyzer.ENGLISH_STOP_WORDS_SET.SelectMany(word => TextAnalyzer.Terms(word))];

    public static bool Contains(string term) => Terms.Contains(term);
}
