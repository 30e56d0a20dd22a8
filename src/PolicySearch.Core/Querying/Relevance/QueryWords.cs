namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// The words a query asks for, as the boosts read them: <see cref="All"/> every analysed word of its positive
/// clauses (terms and phrases, not exclusions, prefixes or fielded filters) in the order typed, <see cref="Singles"/>
/// and <see cref="Phrases"/> the same split by quoting, and
/// <see cref="Runs"/> the runs of adjacent unquoted single words, which the proximity boost pairs up.
/// </summary>
internal sealed class QueryWords
{
    private readonly List<string> _all = [];
    private readonly List<string> _singles = [];
    private readonly List<string[]> _phrases = [];
    private readonly List<List<string>> _runs = [];
    private List<string>? _run;

    public IReadOnlyList<string> All => _all;

    /// <summary>The words typed alone (not inside quotes).</summary>
    public IReadOnlyList<string> Singles => _singles;

    /// <summary>The quoted phrases (and proximities) of two words or more.</summary>
    public IReadOnlyList<string[]> Phrases => _phrases;

    public IEnumerable<IReadOnlyList<string>> Runs => _runs.Where(run => run.Count > 1);

    public static QueryWords Of(QueryNode query)
    {
        var words = new QueryWords();
        words.Walk(query);
        return words;
    }

    private void Walk(QueryNode node)
    {
        switch (node)
        {
            case TermQuery term:
                _all.Add(term.Term);
                _singles.Add(term.Term);
                if (_run is null)
                {
                    _run = [];
                    _runs.Add(_run);
                }

                _run.Add(term.Term);
                break;
            case PhraseQuery phrase:
                _all.AddRange(phrase.Terms);
                if (phrase.Terms.Count == 1)
                {
                    _singles.Add(phrase.Terms[0]);
                }
                else
                {
                    _phrases.Add([.. phrase.Terms]);
                }

                _run = null;
                break;
            case BooleanQuery boolean:
                _run = null;
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur is Occur.Should or Occur.Must)
                    {
                        Walk(clause.Query);
                    }
                    else
                    {
                        _run = null;
                    }
                }

                _run = null;
                break;
            default:
                _run = null;
                break;
        }
    }

    /// <summary>True when <paramref name="sequence"/> occurs in <paramref name="words"/> as consecutive words.</summary>
    public static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> sequence)
    {
        for (var start = 0; start + sequence.Count <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < sequence.Count && all; i++)
            {
                all = string.Equals(words[start + i], sequence[i], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
