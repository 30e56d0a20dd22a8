using System.Runtime.CompilerServices;
using PolicySearch.Core.Search;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// Which speaker facet values a query's words name. A value is named by its whole name as analysed words (so
/// accents, case and stems do not matter; a leading "U.S." is optional) and, when it looks like a person's name
/// (two to four capitalised words, none of them a word that heads a body's name, see <c>speakers.json</c>), by its
/// last word alone: "Pritzker testimony" names "JB Pritzker", "Lopez" names "Raymond López"; a body of capitalised
/// words ending in a generic head also by the words before it ("Waukegan police"). Built once per opened
/// index from the values in its speaker facet column.
/// </summary>
internal sealed class SpeakerNames
{
    private static readonly ConditionalWeakTable<SearchIndex, SpeakerNames> Cache = [];

    private readonly List<(string[] Key, string Value)> _keys = [];

    private SpeakerNames(IEnumerable<string> values, IReadOnlySet<string> organisationWords)
    {
        foreach (var value in values)
        {
            var tokens = TextAnalyzer.Analyze(value);
            if (tokens.Count == 0)
            {
                continue;
            }

            var terms = tokens.Select(token => token.Term).ToArray();
            _keys.Add((terms, value));
            if (terms.Length > 2 && terms[0] == "u" && terms[1] == "s")
            {
                _keys.Add((terms[2..], value));
            }

            var capitalised = tokens.All(token => char.IsUpper(value[token.Start]));
            var person = terms.Length is >= 2 and <= 4 && capitalised && !terms.Any(organisationWords.Contains);
            if (person && terms[^1].Length >= 3)
            {
                _keys.Add(([terms[^1]], value));
            }
            else if (!person && capitalised && terms.Length >= 3 && organisationWords.Contains(terms[^1]))
            {
                // A body named by its distinctive words before its generic head: "Waukegan Police Department" is
                // named by "Waukegan police", not by "police department".
                var end = terms.Length - 1;
                while (end > 2 && organisationWords.Contains(terms[end - 1]))
                {
                    end--;
                }

                _keys.Add((terms[..end], value));
            }
        }
    }

    public static SpeakerNames For(SearchIndex index) =>
        Cache.GetValue(index, opened => new SpeakerNames(opened.Facet(FacetNames.Speaker).Values, RelevanceData.Shared.OrganisationWords));

    /// <summary>
    /// True when <paramref name="words"/> open with a speaker's name, any of the forms above: "Rauner says …",
    /// "Pritzker testimony", not "Republicans urge Rauner to veto the bill".
    /// </summary>
    public bool OpensWithName(IReadOnlyList<string> words)
    {
        foreach (var (key, _) in _keys)
        {
            if (key.Length <= words.Count && Opens(words, key))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Opens(IReadOnlyList<string> words, string[] key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (words[i] != key[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The speaker values named in any of <paramref name="sequences"/> (runs of analysed query words).</summary>
    public IReadOnlyList<string> Named(IEnumerable<IReadOnlyList<string>> sequences)
    {
        var named = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var words in sequences)
        {
            foreach (var (key, value) in _keys)
            {
                if (QueryWords.Contains(words, key))
                {
                    named.Add(value);
                }
            }
        }

        return [.. named];
    }
}
