using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Facet;
using PolicySearch.Core.Querying.Parsing;
using PolicySearch.Core.Search;
using LuceneBooleanQuery = Lucene.Net.Search.BooleanQuery;
using LucenePhraseQuery = Lucene.Net.Search.PhraseQuery;
using LucenePrefixQuery = Lucene.Net.Search.PrefixQuery;
using LuceneTermQuery = Lucene.Net.Search.TermQuery;
using LuceneOccur = Lucene.Net.Search.Occur;

namespace PolicySearch.Core.Querying;

/// <summary>
/// Compiles our parsed query tree (<see cref="QueryNode"/>) into Lucene queries over one index:
/// <list type="bullet">
/// <item>terms and exact phrases → <c>TermQuery</c> and <c>PhraseQuery</c>;</item>
/// <item><c>"a b"~N</c> → an unordered <c>SpanNearQuery</c> with FTS5's NEAR window (see <see cref="Near"/>);</item>
/// <item><c>detain*</c> → <c>PrefixQuery</c> scored as the OR of its terms, after checking the prefix-breadth bound;</item>
/// <item>groups → <c>BooleanQuery</c> (MUST / SHOULD / MUST_NOT), with <c>MatchAllDocsQuery</c> under a group of
/// exclusions only, so <c>-city</c> means every paragraph without "city";</item>
/// <item>fielded clauses → the facets' drill-down terms in a <c>ConstantScoreQuery</c> of boost 0: they filter and
/// never score.</item>
/// </list>
/// Facet selections and promoted fielded clauses are not compiled: the collector applies them (drill sideways).
/// </summary>
internal sealed class QueryCompiler(SearchIndex index)
{
    /// <summary>A prefix may expand to at most this many terms; "a*" over a large vocabulary is an error, not a slow query.</summary>
    public const int MaxPrefixTerms = 4096;

    static QueryCompiler()
    {
        // A prefix is rewritten to one scoring clause per term, up to the bound above.
        LuceneBooleanQuery.MaxClauseCount = Math.Max(LuceneBooleanQuery.MaxClauseCount, MaxPrefixTerms);
    }

    public Query Compile(QueryNode query) => query switch
    {
        MatchAllQuery => new MatchAllDocsQuery(),
        TermQuery term => new LuceneTermQuery(TextTerm(term.Term)),
        PrefixQuery prefix => Prefix(prefix.Prefix),
        PhraseQuery { Terms.Count: 1 } single => new LuceneTermQuery(TextTerm(single.Terms[0])),
        PhraseQuery { Slop: null } phrase => Phrase(phrase.Terms),
        PhraseQuery { Slop: { } slop } near => Near(near.Terms, slop),
        FieldQuery field => Field(field),
        BooleanQuery boolean => Boolean(boolean),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query, "Unknown query node."),
    };

    private static Term TextTerm(string term) => new(IndexFields.Text, term);

    private static LucenePhraseQuery Phrase(IReadOnlyList<string> terms)
    {
        var phrase = new LucenePhraseQuery();
        for (var i = 0; i < terms.Count; i++)
        {
            phrase.Add(TextTerm(terms[i]), i);
        }

        return phrase;
    }

    /// <summary>
    /// FTS5's NEAR(a b c, N): all the terms, in any order, with at most N tokens between the first and the last
    /// matched term. Lucene's unordered span slop counts only the unmatched positions of the window, which for n
    /// single-word clauses is N + (n − 2) of FTS5's; so the two agree term for term. A repeated word is one clause:
    /// FTS5 lets one occurrence stand for both, and Lucene.Net's unordered spans over the same term twice match
    /// differently depending on how the scorer is advanced (measured against DrillSideways).
    /// </summary>
    private static Query Near(IReadOnlyList<string> terms, int slop)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 1)
        {
            return new LuceneTermQuery(TextTerm(distinct[0]));
        }

        var clauses = distinct.Select(term => (SpanQuery)new SpanTermQuery(TextTerm(term))).ToArray();
        return new SpanNearQuery(clauses, slop + distinct.Length - 2, inOrder: false);
    }

    private LucenePrefixQuery Prefix(string prefix)
    {
        var count = index.CountPrefixTerms(prefix);
        if (count > MaxPrefixTerms)
        {
            throw QueryErrors.PrefixTooBroad(prefix, count, MaxPrefixTerms);
        }

        // Scored as the OR of the terms it expands to (each term's BM25), as an OR of the words would be.
        return new LucenePrefixQuery(TextTerm(prefix)) { MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE };
    }

    /// <summary>The drill-down terms of every value the clause selects (matched as the facet filters match), scoring nothing.</summary>
    private ConstantScoreQuery Field(FieldQuery field)
    {
        var values = new LuceneBooleanQuery();
        var column = index.Facet(field.Field);
        foreach (var ordinal in column.Find(field.Value))
        {
            values.Add(new LuceneTermQuery(DrillDownQuery.Term(IndexFields.Facets, column.Name, column.Values[ordinal])), LuceneOccur.SHOULD);
        }

        return Unscored(values);
    }

    private LuceneBooleanQuery Boolean(BooleanQuery boolean)
    {
        var query = new LuceneBooleanQuery();
        var positive = false;
        foreach (var clause in boolean.Clauses)
        {
            var compiled = Compile(clause.Query);
            switch (clause.Occur)
            {
                case Querying.Occur.Must:
                    query.Add(compiled, LuceneOccur.MUST);
                    positive = true;
                    break;
                case Querying.Occur.Filter:
                    query.Add(Unscored(compiled), LuceneOccur.MUST);
                    positive = true;
                    break;
                case Querying.Occur.MustNot:
                    query.Add(compiled, LuceneOccur.MUST_NOT);
                    break;
                default:
                    query.Add(compiled, LuceneOccur.SHOULD);
                    positive = true;
                    break;
            }
        }

        if (!positive)
        {
            // Lucene's BooleanQuery of exclusions alone matches nothing; ours means "everything but".
            query.Add(new MatchAllDocsQuery(), LuceneOccur.MUST);
        }

        return query;
    }

    /// <summary>A filter inside a query: matches as <paramref name="query"/> does and adds 0 to the score (BM25's coord is 1).</summary>
    private static ConstantScoreQuery Unscored(Query query) => query as ConstantScoreQuery ?? new ConstantScoreQuery(query) { Boost = 0 };
}
