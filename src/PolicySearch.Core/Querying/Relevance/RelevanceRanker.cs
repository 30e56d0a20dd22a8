using Lucene.Net.Facet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Search;
using LuceneBooleanQuery = Lucene.Net.Search.BooleanQuery;
using LuceneOccur = Lucene.Net.Search.Occur;
using LucenePhraseQuery = Lucene.Net.Search.PhraseQuery;
using LuceneTermQuery = Lucene.Net.Search.TermQuery;

namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// The ranking boosts of a compiled query (docs/relevance.md): optional clauses whose scores are added to the BM25 of
/// the compiled query's best hits (<see cref="BoostRescorer"/>), so the hits are exactly the compiled query's and only
/// their order changes:
/// <list type="bullet">
/// <item><c>speaker</c>: a constant for paragraphs where a speaker the query's words name speaks (<see cref="SpeakerNames"/>),
/// through the speaker facet's drill-down terms;</item>
/// <item><c>synonyms</c>: the BM25 of the other forms of the query's words (<see cref="SynonymExpander"/>), weighted;</item>
/// <item><c>proximity</c>: the BM25 of each pair of adjacent unquoted words (stop words left out) as a sloppy phrase, which
/// scores more the closer the words are;</item>
/// <item><c>title</c>: the BM25 of the query's unquoted words in the article title field, weighted (quoted phrases too, as
/// phrases, with <see cref="RelevanceOptions.TitleMatchesPhrases"/>);</item>
/// <item><c>coverage</c>: a share of a constant for each of the query's parts (content words, quoted phrases) the paragraph holds;</item>
/// <item><c>stance</c>: a share of the best BM25 for paragraphs whose stance is the side the query's own words take
/// (<see cref="QueryStance"/>), through the stance facet's drill-down term.</item>
/// </list>
/// </summary>
internal static class RelevanceRanker
{
    public const string TextPart = "bm25";
    public const string SpeakerPart = "speaker";
    public const string SynonymPart = "synonyms";
    public const string ProximityPart = "proximity";
    public const string TitlePart = "title";
    public const string CoveragePart = "coverage";
    public const string StancePart = "stance";

    /// <summary>
    /// The compiled query with its boosts; <paramref name="text"/> is the query as typed, which <see cref="QueryStance"/>
    /// reads for its side.
    /// </summary>
    public static RankedQuery Rank(SearchIndex index, QueryNode query, string? text, Query compiled, RelevanceOptions options)
    {
        var parts = new List<RankingPart> { new(TextPart, compiled) };
        if (options.IsPlain || query is MatchAllQuery)
        {
            return new RankedQuery(compiled, parts);
        }

        var words = QueryWords.Of(query);
        if (words.All.Count == 0)
        {
            return new RankedQuery(compiled, parts);
        }

        var data = RelevanceData.Shared;
        var synonyms = SynonymExpander.Expand(words.All, data);
        var namesSpeaker = false;
        if (options.SpeakerBoost > 0 && Speakers(index, words, synonyms, options.SpeakerBoost) is { } speaker)
        {
            namesSpeaker = true;
            var leading = options.LeadingSpeakerShare > 0 && SpeakerNames.For(index).OpensWithName(words.All);
            parts.Add(new RankingPart(SpeakerPart, speaker) { TopScoreShare = leading ? options.LeadingSpeakerShare : 0 });
        }

        if (options.SynonymBoost > 0 && synonyms.Count > 0)
        {
            var expansion = new LuceneBooleanQuery();
            foreach (var (group, held, added) in synonyms)
            {
                // Stands in for the query's own form where a paragraph says it the other way; a paragraph that
                // already holds the query's form (often both: "Immigration and Customs Enforcement (ICE)") gets nothing.
                var forms = new LuceneBooleanQuery { Boost = (float)(options.SynonymBoost * group.Weight) };
                foreach (var form in added)
                {
                    forms.Add(Phrase(form), LuceneOccur.SHOULD);
                }

                foreach (var form in held)
                {
                    forms.Add(Phrase(form), LuceneOccur.MUST_NOT);
                }

                expansion.Add(forms, LuceneOccur.SHOULD);
            }

            parts.Add(new RankingPart(SynonymPart, expansion, HasExclusion: true));
        }

        // A named speaker is the speaker part's: pairing the name with a topic word would reward paragraphs about the
        // speaker over the speaker's own words (measured on every judged set, docs/relevance.md).
        if (options.ProximityBoost > 0 && !(namesSpeaker && options.ProximitySkipsSpeakerQueries) && Proximity(words, options) is { } proximity)
        {
            parts.Add(new RankingPart(ProximityPart, proximity));
        }

        if (options.TitleBoost > 0)
        {
            // The query's unquoted words in the title; a quoted phrase asks for the paragraphs that use it, so by default it
            // does not match the headline (and, when it does, only as that phrase).
            var title = new LuceneBooleanQuery { Boost = (float)options.TitleBoost };
            foreach (var word in words.Singles.Distinct(StringComparer.Ordinal))
            {
                title.Add(new LuceneTermQuery(new Term(IndexFields.Title, word)), LuceneOccur.SHOULD);
            }

            foreach (var phrase in options.TitleMatchesPhrases ? words.Phrases : [])
            {
                title.Add(Phrase(phrase, IndexFields.Title), LuceneOccur.SHOULD);
            }

            if (title.Clauses.Count > 0)
            {
                parts.Add(new RankingPart(TitlePart, title));
            }
        }

        if (options.CoverageBoost > 0 && Coverage(words, options.CoverageBoost) is { } coverage)
        {
            parts.Add(new RankingPart(CoveragePart, coverage));
        }

        // A constant raised to a share of the best BM25 once the hits are known (RankedQuery.ScaledTo), as for a leading name.
        var side = options.StanceShare > 0 ? QueryStance.Of(text) : Stance.Neutral;
        if (side != Stance.Neutral)
        {
            var sided = new ConstantScoreQuery(new LuceneTermQuery(DrillDownQuery.Term(IndexFields.Facets, FacetNames.Stance, side.ToName()))) { Boost = 0 };
            parts.Add(new RankingPart(StancePart, sided) { TopScoreShare = options.StanceShare });
        }

        return new RankedQuery(compiled, parts);
    }

    /// <summary>Every part's share of <paramref name="document"/>'s score, by Lucene's <c>IndexSearcher.Explain</c>.</summary>
    public static ScoreExplanation Explain(IndexSearcher searcher, RankedQuery ranked, int document, double score)
    {
        var parts = new List<ScorePart>();
        foreach (var part in ranked.Parts)
        {
            var explanation = searcher.Explain(part.Query, document);
            if (explanation.IsMatch || part.Name == TextPart)
            {
                parts.Add(new ScorePart(part.Name, explanation.Value, explanation.ToString().TrimEnd()));
            }
        }

        return new ScoreExplanation(score, parts);
    }

    /// <summary>
    /// The speakers the query's words name, and those named by the other forms of a name of two words or more the
    /// query holds ("Justice Department" names "U.S. Department of Justice"). Not through a one-word form: "ICE hold"
    /// is about detainers, and naming ICE the speaker through "ICE" pushed ICE's press statements above them (measured).
    /// </summary>
    private static ConstantScoreQuery? Speakers(
        SearchIndex index, QueryWords words, IReadOnlyList<(SynonymGroup Group, IReadOnlyList<string[]> Held, IReadOnlyList<string[]> Added)> synonyms, double boost)
    {
        var sequences = new List<IReadOnlyList<string>> { words.All };
        sequences.AddRange(synonyms.Where(synonym => synonym.Held.Any(form => form.Length >= 2)).SelectMany(synonym => synonym.Added));

        var named = SpeakerNames.For(index).Named(sequences);
        if (named.Count == 0)
        {
            return null;
        }

        var any = new LuceneBooleanQuery();
        foreach (var value in named)
        {
            any.Add(new LuceneTermQuery(DrillDownQuery.Term(IndexFields.Facets, FacetNames.Speaker, value)), LuceneOccur.SHOULD);
        }

        return new ConstantScoreQuery(any) { Boost = (float)boost };
    }

    /// <summary>
    /// An equal constant for each part of the query a paragraph holds, summing to <paramref name="boost"/> for all of
    /// them: BM25 adds up its words independently, so one rare word repeated can outrank a paragraph that holds every
    /// word of a long query once (what Lucene's classic similarity called coord). The parts are the distinct content
    /// words typed alone (not stop words) and each quoted phrase as a whole; a query of one part gets nothing, since
    /// every hit holds it.
    /// </summary>
    private static LuceneBooleanQuery? Coverage(QueryWords words, double boost)
    {
        var parts = words.Singles.Where(word => !StopWords.Contains(word)).Distinct(StringComparer.Ordinal)
            .Select(word => (Query)new LuceneTermQuery(new Term(IndexFields.Text, word)))
            .Concat(words.Phrases.Select(phrase => (Query)Phrase(phrase)))
            .ToList();
        if (parts.Count < 2)
        {
            return null;
        }

        var any = new LuceneBooleanQuery();
        foreach (var part in parts)
        {
            any.Add(new ConstantScoreQuery(part) { Boost = (float)(boost / parts.Count) }, LuceneOccur.SHOULD);
        }

        return any;
    }

    private static LuceneBooleanQuery? Proximity(QueryWords words, RelevanceOptions options)
    {
        var pairs = new LuceneBooleanQuery { Boost = (float)options.ProximityBoost };
        var seen = new HashSet<(string, string)>();
        foreach (var run in words.Runs)
        {
            for (var i = 0; i + 1 < run.Count; i++)
            {
                if (options.ProximitySkipsStopWords && (StopWords.Contains(run[i]) || StopWords.Contains(run[i + 1])))
                {
                    continue;
                }

                if (run[i] != run[i + 1] && seen.Add((run[i], run[i + 1])))
                {
                    var pair = Phrase([run[i], run[i + 1]]);
                    pair.Slop = options.ProximitySlop;
                    pairs.Add(pair, LuceneOccur.SHOULD);
                }
            }
        }

        return pairs.Clauses.Count == 0 ? null : pairs;
    }

    private static LucenePhraseQuery Phrase(string[] terms, string field = IndexFields.Text)
    {
        var phrase = new LucenePhraseQuery();
        for (var i = 0; i < terms.Length; i++)
        {
            phrase.Add(new Term(field, terms[i]), i);
        }

        return phrase;
    }
}
