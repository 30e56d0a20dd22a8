using PolicySearch.Core.Evaluation.Relevance;
using PolicySearch.Core.Querying.Relevance;
using PolicySearch.Core.Search;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Tests.Relevance;

/// <summary>
/// The boosts reorder and never change what matches; the speaker names, synonyms and explanations behave as
/// docs/relevance.md says.
/// </summary>
public class RankingBoostTests
{
    private static SearchEngine Seeds => RelevanceIndexes.Seeds.Engine;

    public static TheoryData<string> JudgedQueries()
    {
        var data = new TheoryData<string>();
        foreach (var name in new[] { "seeds", "dev" })
        {
            var judgments = RelevanceJudgments.Load(RelevanceIndexes.Judgments($"{name}-queries.tsv"), RelevanceIndexes.Judgments($"{name}-qrels.tsv"));
            foreach (var query in judgments.Queries)
            {
                data.Add($"{name}\t{query.Text}");
            }
        }

        // Operators, exclusions, prefixes and filters beside the names and synonyms the boosts react to.
        foreach (var query in new[]
        {
            "seeds\t+Rauner -statement", "seeds\tRauner OR (ICE AND hold)", "seeds\tdetain* Vaughan", "seeds\t-sanctuary",
            "seeds\t\"Jessica Vaughan\"~3 sanctuary", "seeds\tspeaker:\"Bruce Rauner\" detainer", "seeds\tNOT ICE", "seeds\t",
            "dev\tPritzker testimony -Walz", "dev\t(DHS OR ICE) stance:opposes", "dev\t\"Welcoming City\" AND Lopez",
        })
        {
            data.Add(query);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(JudgedQueries))]
    public void Boosts_ChangeTheOrderOnly_NeverTheMatchesOrTheTotal(string corpusAndQuery)
    {
        var (engine, query) = Split(corpusAndQuery);
        var boosted = All(engine, query, RelevanceOptions.Default);
        var plain = All(engine, query, RelevanceOptions.None);

        Assert.Equal(plain.Total, boosted.Total);
        Assert.Equal(plain.Ids.Order(StringComparer.Ordinal), boosted.Ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(JudgedQueries))]
    public void Highlights_AreTheSameWithAndWithoutBoosts(string corpusAndQuery)
    {
        var (engine, query) = Split(corpusAndQuery);
        var boosted = engine.Search(new SearchRequest { Query = query, PageSize = 20 }).Hits.ToDictionary(hit => hit.Document.Id, hit => hit.Highlight);
        var plain = engine.Search(new SearchRequest { Query = query, PageSize = SearchRequest.MaxPageSize, Relevance = RelevanceOptions.None })
            .Hits.ToDictionary(hit => hit.Document.Id, hit => hit.Highlight);

        foreach (var (id, highlight) in boosted)
        {
            if (plain.TryGetValue(id, out var same))
            {
                Assert.Equal(same, highlight);
            }
        }
    }

    [Fact]
    public void SpeakerNames_SurnameNamesAPerson_AccentsAndCaseIgnored()
    {
        var names = SpeakerNames.For(Seeds.Index);

        Assert.Contains("Bruce Rauner", names.Named([["rauner", "statement"]]));
        Assert.Contains("Raymond López", names.Named([TextAnalyzer.Terms("LOPEZ proposal")]));
        Assert.Contains("Jessica Vaughan", names.Named([TextAnalyzer.Terms("Jessica Vaughan Center for Immigration Studies")]));
    }

    [Fact]
    public void SpeakerNames_BodyNamedByItsDistinctiveWords_NotByItsGenericHead()
    {
        var names = SpeakerNames.For(Seeds.Index);

        Assert.Contains("Waukegan Police Department", names.Named([TextAnalyzer.Terms("Waukegan police ICE information sharing")]));
        Assert.Empty(names.Named([TextAnalyzer.Terms("police department")]));
        Assert.DoesNotContain(names.Named([TextAnalyzer.Terms("office")]), name => name.Contains("Office", StringComparison.Ordinal));
    }

    [Fact]
    public void SpeakerBoost_RaisesTheNamedSpeakersParagraphs()
    {
        var boosted = Seeds.Search(new SearchRequest { Query = "Rauner statement", PageSize = 5 });
        var plain = Seeds.Search(new SearchRequest { Query = "Rauner statement", PageSize = 5, Relevance = RelevanceOptions.None });

        static int Spoken(SearchResult result) => result.Hits.Count(hit => hit.Document.Speakers.Contains("Bruce Rauner"));
        Assert.True(Spoken(boosted) > Spoken(plain), $"Rauner speaks in {Spoken(boosted)} of the top 5, {Spoken(plain)} without the boost");
    }

    [Fact]
    public void SpeakerNames_AQueryOpensWithAName_OnlyWhenItsFirstWordsAreOne()
    {
        var names = SpeakerNames.For(Seeds.Index);

        Assert.True(names.OpensWithName(TextAnalyzer.Terms("Rauner says the Trust Act is not a sanctuary law")));
        Assert.True(names.OpensWithName(TextAnalyzer.Terms("Jessica Vaughan Center for Immigration Studies")));
        Assert.False(names.OpensWithName(TextAnalyzer.Terms("Republicans urge Rauner to veto the bill")));
        Assert.False(names.OpensWithName(TextAnalyzer.Terms("detainer warrant")));
    }

    [Fact]
    public void LeadingSpeaker_TheBoostIsAShareOfTheBestBm25_AndTheExplanationShowsIt()
    {
        const string query = "Rauner says the Trust Act is not a sanctuary law";
        var plain = Seeds.Search(new SearchRequest { Query = query, PageSize = 1, Relevance = RelevanceOptions.None });
        var result = Seeds.Search(new SearchRequest { Query = query, PageSize = SearchRequest.MaxPageSize, Explain = true });
        var share = RelevanceOptions.Default.LeadingSpeakerShare;

        var speaker = result.Hits.Select(hit => hit.Explanation!.Parts.SingleOrDefault(part => part.Name == "speaker")).OfType<ScorePart>().ToList();
        Assert.NotEmpty(speaker);
        Assert.All(speaker, part => Assert.Equal(Math.Max(RelevanceOptions.Default.SpeakerBoost, share * plain.Hits[0].Score), part.Score, 3));
        Assert.All(result.Hits, hit => Assert.Equal(hit.Score, hit.Explanation!.Parts.Sum(part => part.Score), 3));

        // The name elsewhere in the query keeps the fixed constant.
        var inside = Seeds.Search(new SearchRequest { Query = "Republicans urge Rauner to veto the bill", PageSize = SearchRequest.MaxPageSize, Explain = true });
        Assert.All(
            inside.Hits.SelectMany(hit => hit.Explanation!.Parts).Where(part => part.Name == "speaker"),
            part => Assert.Equal(RelevanceOptions.Default.SpeakerBoost, part.Score, 3));
    }

    [Fact]
    public void Synonyms_TheFieldsEquivalences_EachWithAReason()
    {
        var data = RelevanceData.Shared;
        string[][] required =
        [
            ["ICE", "Immigration and Customs Enforcement"], ["DHS", "Department of Homeland Security"], ["TRUST Act", "SB 31"],
            ["detainer", "ICE hold"], ["testimony", "testify"], ["287(g)"], ["Welcoming City Ordinance"], ["sanctuary city", "sanctuary state", "sanctuary county"],
        ];
        foreach (var forms in required)
        {
            Assert.Contains(data.Synonyms, group => forms.All(form => group.Forms.Contains(form, StringComparer.OrdinalIgnoreCase)));
        }

        Assert.All(data.Synonyms, group =>
        {
            Assert.True(group.Forms.Count >= 2);
            Assert.False(string.IsNullOrWhiteSpace(group.Reason));
            Assert.InRange(group.Weight, 0.01, 1.0);
        });
    }

    [Fact]
    public void Synonyms_ExpandOnlyWhatTheQueryHolds_AndKeepTheHeldFormApart()
    {
        var expansions = SynonymExpander.Expand(TextAnalyzer.Terms("ICE hold"), RelevanceData.Shared);

        var detainer = Assert.Single(expansions, expansion => expansion.Group.Forms.Contains("detainer"));
        Assert.Contains(detainer.Added, form => form.SequenceEqual(TextAnalyzer.Terms("detainers")));
        Assert.Contains(detainer.Held, form => form.SequenceEqual(TextAnalyzer.Terms("ICE hold")));
        Assert.DoesNotContain(detainer.Added, form => form.SequenceEqual(TextAnalyzer.Terms("ICE hold")));
        Assert.Empty(SynonymExpander.Expand(TextAnalyzer.Terms("chilling effect"), RelevanceData.Shared));
    }

    [Fact]
    public void Explain_PartsSumToTheScore_AndNameEveryBoostThatApplied()
    {
        var result = Seeds.Search(new SearchRequest { Query = "Rauner statement", PageSize = 10, Explain = true });

        Assert.All(result.Hits, hit =>
        {
            var explanation = Assert.IsType<ScoreExplanation>(hit.Explanation);
            Assert.Equal(hit.Score, explanation.Score, 4);
            Assert.Equal(hit.Score, explanation.Parts.Sum(part => part.Score), 3);
            Assert.Equal("bm25", explanation.Parts[0].Name);
            Assert.Equal(hit.Document.Speakers.Contains("Bruce Rauner"), explanation.Parts.Any(part => part.Name == "speaker"));
        });
        Assert.All(Seeds.Search(new SearchRequest { Query = "Rauner statement" }).Hits, hit => Assert.Null(hit.Explanation));
    }

    [Fact]
    public void Explain_UnderADatedSort_ShowsOnlyTheBm25ThatOrdersNothing_AndStillSumsToTheScore()
    {
        // Dated sorts apply no boost (BM25 is only the tie-break): the explanation must not list boosts the score lacks.
        var result = Seeds.Search(new SearchRequest { Query = "Rauner statement", PageSize = 10, Explain = true, Sort = SortOrder.Newest });

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit =>
        {
            var explanation = Assert.IsType<ScoreExplanation>(hit.Explanation);
            Assert.Equal(["bm25"], explanation.Parts.Select(part => part.Name));
            Assert.Equal(hit.Score, explanation.Parts.Sum(part => part.Score), 3);
        });
    }

    [Fact]
    public void Coverage_GrowsWithTheShareOfContentWordsHeld_AndIgnoresStopWords()
    {
        var result = Seeds.Search(new SearchRequest { Query = "the sheriff and the detainer", PageSize = SearchRequest.MaxPageSize, Explain = true });

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit =>
        {
            var text = TextAnalyzer.Terms(hit.Document.Text).ToHashSet(StringComparer.Ordinal);
            var held = new[] { "sheriff", "detain" }.Count(text.Contains);
            var coverage = hit.Explanation!.Parts.Where(part => part.Name == "coverage").Sum(part => part.Score);
            Assert.Equal(RelevanceOptions.Default.CoverageBoost * held / 2, coverage, 4);
        });
    }

    [Fact]
    public void StopWords_AreLucenesEnglishSet_AsOurAnalyzerIndexesThem()
    {
        Assert.True(StopWords.Contains("the"));
        Assert.True(StopWords.Contains(TextAnalyzer.Terms("this")[0]));
        Assert.False(StopWords.Contains("sanctuari"));
        Assert.False(StopWords.Contains("ice"));
    }

    [Fact]
    public void Proximity_PairsNoStopWord()
    {
        var result = Seeds.Search(new SearchRequest { Query = "detainers by Congress", PageSize = SearchRequest.MaxPageSize, Explain = true });

        // "detainers by" and "by Congress" both hold a stop word, so no pair is left to reward.
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, hit => Assert.DoesNotContain(hit.Explanation!.Parts, part => part.Name == "proximity"));
    }

    [Fact]
    public void Proximity_IsLeftOutWhenTheQueryNamesASpeaker()
    {
        static bool AnyProximity(SearchResult result) =>
            result.Hits.Any(hit => hit.Explanation!.Parts.Any(part => part.Name == "proximity"));

        var topic = Seeds.Search(new SearchRequest { Query = "welcoming immigrants", PageSize = SearchRequest.MaxPageSize, Explain = true });
        var named = Seeds.Search(new SearchRequest { Query = "Rauner welcoming immigrants", PageSize = SearchRequest.MaxPageSize, Explain = true });

        // The speaker part stands for "Rauner"; the pairs would reward paragraphs naming him beside the topic.
        Assert.True(AnyProximity(topic));
        Assert.Contains(named.Hits, hit => hit.Explanation!.Parts.Any(part => part.Name == "speaker"));
        Assert.False(AnyProximity(named));
    }

    [Fact]
    public void Title_IsIndexedAsAWeakField()
    {
        // Seed 004's title holds "Sanctuary City"; no paragraph text needs to for the title part to apply.
        var result = Seeds.Search(new SearchRequest { Query = "sanctuary", PageSize = SearchRequest.MaxPageSize, Explain = true });

        Assert.Contains(result.Hits, hit => hit.Document.ArticleId.StartsWith("004", StringComparison.Ordinal)
            && hit.Explanation!.Parts.Any(part => part.Name == "title" && part.Score > 0));
        Assert.DoesNotContain(result.Hits, hit => hit.Document.ArticleId.StartsWith("001", StringComparison.Ordinal)
            && hit.Explanation!.Parts.Any(part => part.Name == "title"));
    }

    [Fact]
    public void Title_LeavesExactWordingToTheParagraphs()
    {
        // A researcher who quotes a phrase asks for the paragraphs that use it, whatever their article's headline: a
        // quoted-phrase-only query gets no title part (docs/relevance.md); the unquoted words of a query still do.
        var quoted = Seeds.Search(new SearchRequest { Query = "\"sanctuary city\"", PageSize = SearchRequest.MaxPageSize, Explain = true });
        var mixed = Seeds.Search(new SearchRequest { Query = "\"sanctuary city\" Chicago", PageSize = SearchRequest.MaxPageSize, Explain = true });

        Assert.NotEmpty(quoted.Hits);
        Assert.DoesNotContain(quoted.Hits, hit => hit.Explanation!.Parts.Any(part => part.Name == "title"));
        Assert.Contains(mixed.Hits, hit => hit.Explanation!.Parts.Any(part => part.Name == "title" && part.Score > 0));
    }

    [Fact]
    public void Stance_ParagraphsOnTheQuerysSide_GainAShareOfTheBestBm25()
    {
        // "criminal aliens" is the opposing side's wording: the query asks for that side's paragraphs.
        const string query = "public safety criminal aliens";
        var plain = Seeds.Search(new SearchRequest { Query = query, PageSize = 1, Relevance = RelevanceOptions.None });
        var result = Seeds.Search(new SearchRequest { Query = query, PageSize = SearchRequest.MaxPageSize, Explain = true });

        var sided = result.Hits.Where(hit => hit.Explanation!.Parts.Any(part => part.Name == "stance")).ToList();
        Assert.NotEmpty(sided);
        Assert.All(sided, hit => Assert.Equal("opposes", hit.Document.Stance));
        Assert.All(sided, hit => Assert.Equal(
            RelevanceOptions.Default.StanceShare * plain.Hits[0].Score, hit.Explanation!.Parts.Single(part => part.Name == "stance").Score, 3));
        Assert.DoesNotContain(result.Hits, hit => hit.Document.Stance != "opposes" && hit.Explanation!.Parts.Any(part => part.Name == "stance"));

        // A query whose words take no side gets no stance part.
        var neutral = Seeds.Search(new SearchRequest { Query = "detainer warrant", PageSize = SearchRequest.MaxPageSize, Explain = true });
        Assert.DoesNotContain(neutral.Hits, hit => hit.Explanation!.Parts.Any(part => part.Name == "stance"));
    }

    [Theory]
    [InlineData("claims that sanctuary laws shield criminals", "claims that sanctuary laws shield criminals")]
    [InlineData("\"criminal aliens\" -welcoming stance:supports", "criminal aliens")]
    [InlineData("trust NOT (criminals OR felons) speaker:\"Bruce Rauner\" police", "trust police")]
    [InlineData("+sanctuary detain* AND (ICE OR \"ICE hold\")", "sanctuary detain ICE ICE hold")]
    public void QueryStance_ReadsTheWordsAskedFor_NotExclusionsOrFacetValues(string query, string asked)
    {
        Assert.Equal(asked, QueryStance.AskedText(query));
    }

    private static (SearchEngine Engine, string Query) Split(string corpusAndQuery)
    {
        var parts = corpusAndQuery.Split('\t', 2);
        return (parts[0] == "seeds" ? Seeds : RelevanceIndexes.Dev.Engine, parts[1]);
    }

    private static (int Total, List<string> Ids) All(SearchEngine engine, string query, RelevanceOptions options)
    {
        var ids = new List<string>();
        var total = 0;
        for (var page = 1; ; page++)
        {
            var result = engine.Search(new SearchRequest { Query = query, Page = page, PageSize = SearchRequest.MaxPageSize, CountFacets = false, Relevance = options });
            total = result.Total;
            ids.AddRange(result.Hits.Select(hit => hit.Document.Id));
            if (ids.Count >= total || result.Hits.Count == 0)
            {
                return (total, ids);
            }
        }
    }
}
