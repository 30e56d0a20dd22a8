using PolicySearch.Core.Querying.Parsing;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// Turns a <see cref="QueryNode"/> tree into <see cref="DocIterator"/>s over one index. A clause that cannot
/// match (a term absent from the dictionary) becomes an empty iterator, so AND short-circuits and OR ignores it.
/// <paramref name="accept"/> lets phrases skip documents the facet filters reject before reading positions.
/// </summary>
internal sealed class QueryCompiler(SearchIndex index, Func<int, bool>? accept)
{
    /// <summary>A prefix may expand to at most this many terms; "a*" over a large vocabulary is an error, not a slow query.</summary>
    public const int MaxPrefixTerms = 4096;

    /// <summary>A prefix expanding to at most this many terms is a plain OR of them; a wider one is materialised once.</summary>
    public const int MaxMergedPrefixTerms = 16;

    public DocIterator Compile(QueryNode query) => query switch
    {
        MatchAllQuery => new AllDocumentsIterator(index.DocumentCount),
        TermQuery term => (DocIterator?)Term(term.Term) ?? Empty(),
        PrefixQuery prefix => Prefix(prefix.Prefix),
        PhraseQuery phrase => Phrase(phrase),
        FieldQuery field => Field(field),
        BooleanQuery boolean => Boolean(boolean),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query, "Unknown query node."),
    };

    private static ListIterator Empty() => new([], null);

    private TermIterator? Term(string term) => index.FindPostings(term) is { } postings
        ? new TermIterator(postings, index.Scoring.Idf(postings.DocumentFrequency), index.Scoring, index.DocumentTable)
        : null;

    private DocIterator Phrase(PhraseQuery phrase)
    {
        var terms = new TermIterator[phrase.Terms.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            if (Term(phrase.Terms[i]) is not { } term)
            {
                return Empty();
            }

            terms[i] = term;
        }

        return new PhraseIterator(terms, phrase.Slop, accept, index.Scoring, index.DocumentTable);
    }

    /// <summary>The OR of the dictionary range: scores summed over the matching terms, like any disjunction.</summary>
    private DocIterator Prefix(string prefix)
    {
        var (start, end) = index.PrefixRange(prefix);
        if (end - start > MaxPrefixTerms)
        {
            throw QueryErrors.PrefixTooBroad(prefix, end - start, MaxPrefixTerms);
        }

        if (end - start <= MaxMergedPrefixTerms)
        {
            var terms = Enumerable.Range(start, end - start).Select(t => (DocIterator)Term(index.Terms[t])!).ToList();
            return terms.Count == 0 ? Empty() : Any(terms);
        }

        return MaterialisedPrefix(start, end);
    }

    /// <summary>Many terms: collect every posting once, sort by document and sum the scores of duplicates.</summary>
    private ListIterator MaterialisedPrefix(int start, int end)
    {
        var total = 0;
        for (var t = start; t < end; t++)
        {
            total += index.Postings[t].DocumentFrequency;
        }

        var documents = new int[total];
        var scores = new double[total];
        var filled = 0;
        for (var t = start; t < end; t++)
        {
            var iterator = Term(index.Terms[t])!;
            for (var doc = iterator.NextDoc(); doc != DocIterator.NoMoreDocs; doc = iterator.NextDoc())
            {
                documents[filled] = doc;
                scores[filled++] = iterator.Score();
            }
        }

        Array.Sort(documents, scores);
        var distinct = 0;
        for (var i = 0; i < total; i++)
        {
            if (distinct > 0 && documents[distinct - 1] == documents[i])
            {
                scores[distinct - 1] += scores[i];
            }
            else
            {
                documents[distinct] = documents[i];
                scores[distinct++] = scores[i];
            }
        }

        return new ListIterator(documents[..distinct], scores[..distinct]);
    }

    private FieldIterator Field(FieldQuery field)
    {
        var column = index.Facet(field.Field);
        var selected = new bool[column.Values.Length];
        foreach (var ordinal in column.Find(field.Value))
        {
            selected[ordinal] = true;
        }

        return new FieldIterator(column, selected, index.DocumentCount);
    }

    /// <summary>Lucene's BooleanQuery: required (Must + Filter) AND-ed, optional OR-ed, prohibited subtracted.</summary>
    private DocIterator Boolean(BooleanQuery boolean)
    {
        var required = new List<DocIterator>();
        var optional = new List<DocIterator>();
        var prohibited = new List<DocIterator>();
        foreach (var clause in boolean.Clauses)
        {
            var iterator = Compile(clause.Query);
            var list = clause.Occur switch
            {
                Occur.Must or Occur.Filter => required,
                Occur.MustNot => prohibited,
                _ => optional,
            };
            list.Add(iterator);
        }

        DocIterator matches;
        if (required.Count > 0)
        {
            matches = required.Count == 1 ? required[0]
                : required.TrueForAll(part => part is TermIterator) ? new TermConjunctionIterator(required.Cast<TermIterator>())
                : new ConjunctionIterator(required);
            if (optional.Count > 0)
            {
                matches = new OptionalScoreIterator(matches, Any(optional));
            }
        }
        else
        {
            matches = optional.Count > 0 ? Any(optional) : new AllDocumentsIterator(index.DocumentCount);
        }

        return prohibited.Count > 0 ? new ExclusionIterator(matches, Any(prohibited)) : matches;
    }

    private static DocIterator Any(List<DocIterator> iterators) => iterators.Count == 1 ? iterators[0] : new DisjunctionIterator(iterators);
}
