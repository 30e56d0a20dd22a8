using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>Drill-sideways facet counts against counts computed independently by brute force over the paragraphs.</summary>
public class FacetTests
{
    private static readonly string[] Words = ["detainer", "warrant", "sanctuary", "police", "judge", "trust"];
    private static readonly string[] Speakers = ["Bruce Rauner", "Rahm Emanuel", "ICE", "ACLU"];
    private static readonly string[] Stances = ["supports", "opposes", "neutral"];

    /// <summary>A corpus and its engine; the values its paragraphs draw from are the filters' pools too.</summary>
    private sealed record Corpus(string[] Outlets, string?[] Dates, List<TestParagraph> Paragraphs, SearchEngine Engine);

    // Few outlets and years.
    private static readonly Corpus Small = Generate(
        ["Fox News", "Chicago Tribune", "LifeZette", "WBEZ"], ["2016-01-02", "2017-08-28", "2018", null]);

    // 90 outlets × 90 years × 3 stances: many values per dimension.
    private static readonly Corpus Wide = Generate(
        [.. Enumerable.Range(0, 90).Select(i => $"Outlet {i}")], [.. Enumerable.Range(1930, 90).Select(year => $"{year}"), null]);

    private static Corpus Corpora(string name) => name == nameof(Small) ? Small : Wide;

    private static Corpus Generate(string[] outlets, string?[] dates)
    {
        var random = new Random(99);
        List<TestParagraph> paragraphs = [.. Enumerable.Range(0, 400).Select(_ => new TestParagraph(
            string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)])),
            outlets[random.Next(outlets.Length)],
            dates[random.Next(dates.Length)],
            Stances[random.Next(Stances.Length)],
            [.. Speakers.Where(_ => random.Next(3) == 0)]))];
        return new Corpus(outlets, dates, paragraphs, TestCorpus.Engine(paragraphs));
    }

    private static string[] Values(TestParagraph p, string facet) => facet switch
    {
        FacetNames.Outlet => [p.Outlet],
        FacetNames.Year => p.Date is null ? [] : [p.Date[..4]],
        FacetNames.Speaker => p.Speakers,
        _ => [p.Stance],
    };

    [Theory]
    [InlineData(nameof(Small), "detainer")]
    [InlineData(nameof(Small), "")]
    [InlineData(nameof(Small), "sanctuary OR judge")]
    [InlineData(nameof(Small), "\"detainer warrant\"")]
    [InlineData(nameof(Wide), "detainer")]
    [InlineData(nameof(Wide), "sanctuary OR judge")]
    [InlineData(nameof(Wide), "\"detainer warrant\"")]
    public void Search_WithFilters_CountsEachDimensionWithTheOtherDimensionsFilters(string corpusName, string query)
    {
        var corpus = Corpora(corpusName);
        var random = new Random(query.Length);
        for (var round = 0; round < 25; round++)
        {
            var filters = RandomFilters(random, corpus);
            var result = corpus.Engine.Search(query, filters: filters);
            var matching = corpus.Paragraphs.Where(p => MatchesQuery(p, query)).ToList();

            bool Passes(TestParagraph p, string exceptFacet) => filters.Where(f => f.Facet != exceptFacet).GroupBy(f => f.Facet)
                .All(g => g.Any(f => Values(p, g.Key).Contains(f.Value, StringComparer.OrdinalIgnoreCase)));

            Assert.Equal(matching.Count(p => Passes(p, "")), result.Total);
            foreach (var facet in FacetNames.All)
            {
                var expected = matching.Where(p => Passes(p, facet)).SelectMany(p => Values(p, facet))
                    .GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
                var actual = result.Facets[facet];
                Assert.Equal(expected.OrderBy(e => e.Key), actual.Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count).OrderBy(e => e.Key));
                foreach (var (_, value) in filters.Where(f => f.Facet == facet))
                {
                    Assert.Contains(actual, v => v.Selected && string.Equals(v.Value, value, StringComparison.OrdinalIgnoreCase));
                }

                Assert.Equal(actual.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal), actual);
            }
        }
    }

    [Theory]
    [InlineData("detainer")]
    [InlineData("sanctuary OR judge")]
    [InlineData("\"detainer warrant\"")]
    public void Search_WithoutFacetCounting_FindsTheSameHitsAndListsNoFacets(string query)
    {
        var filters = new[] { (FacetNames.Outlet, "WBEZ"), (FacetNames.Speaker, "ICE") };
        var counted = Small.Engine.Search(query, pageSize: 50, filters: filters);
        var uncounted = Small.Engine.Search(new SearchRequest
        {
            Query = query,
            PageSize = 50,
            CountFacets = false,
            Filters = filters.GroupBy(f => f.Item1).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(f => f.Item2)]),
        });

        Assert.Equal(counted.Total, uncounted.Total);
        Assert.Equal(counted.Hits.Select(h => (h.Document.Id, h.Score)), uncounted.Hits.Select(h => (h.Document.Id, h.Score)));
        Assert.Empty(uncounted.Facets);
    }

    [Fact]
    public void Search_UnknownFilterValue_MatchesNothingButIsListedAsSelected()
    {
        var result = Small.Engine.Search("", filters: (FacetNames.Outlet, "No Such Outlet"));

        Assert.Equal(0, result.Total);
        Assert.Contains(new FacetValue("No Such Outlet", 0, true), result.Facets[FacetNames.Outlet]);
        Assert.Equal(Small.Outlets.Length + 1, result.Facets[FacetNames.Outlet].Count);
    }

    [Fact]
    public void Search_YearFacet_UsesTheYearAsText()
    {
        var years = Small.Engine.Search("").Facets[FacetNames.Year].Select(v => v.Value);

        Assert.Equal(["2016", "2017", "2018"], years.Order());
    }

    /// <summary>Brute-force matching for the simple query shapes used above (words OR-ed, one phrase, or everything).</summary>
    private static bool MatchesQuery(TestParagraph p, string query)
    {
        var words = p.Text.Split(' ');
        if (query.StartsWith('"'))
        {
            var phrase = query.Trim('"').Split(' ');
            return Enumerable.Range(0, words.Length - phrase.Length + 1).Any(i => words.Skip(i).Take(phrase.Length).SequenceEqual(phrase));
        }

        var terms = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t != "OR").ToList();
        return terms.Count == 0 || terms.Any(words.Contains);
    }

    private static (string Facet, string Value)[] RandomFilters(Random random, Corpus corpus)
    {
        var filters = new List<(string, string)>();
        foreach (var facet in FacetNames.All.Where(_ => random.Next(2) == 0))
        {
            string[] pool = facet switch
            {
                FacetNames.Outlet => [.. corpus.Outlets.Take(6), "Nobody"],
                FacetNames.Year => [.. corpus.Dates.OfType<string>().Take(4).Select(date => date[..4]), "1999"],
                FacetNames.Speaker => [.. Speakers, "bruce rauner"],
                _ => Stances,
            };
            filters.AddRange(pool.Where(_ => random.Next(3) == 0).Take(2).Select(v => (facet, v)));
        }

        return [.. filters];
    }
}
