using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>Drill-sideways facet counts against counts computed independently by brute force over the paragraphs.</summary>
public class FacetTests
{
    private static readonly string[] Words = ["detainer", "warrant", "sanctuary", "police", "judge", "trust"];
    private static readonly string[] Outlets = ["Fox News", "Chicago Tribune", "LifeZette", "WBEZ"];
    private static readonly string[] Speakers = ["Bruce Rauner", "Rahm Emanuel", "ICE", "ACLU"];
    private static readonly string[] Stances = ["supports", "opposes", "neutral"];
    private static readonly string?[] Dates = ["2016-01-02", "2017-08-28", "2018", null];

    private static readonly List<TestParagraph> Paragraphs = Generate();
    private static readonly SearchEngine Engine = TestCorpus.Engine(Paragraphs);

    private static List<TestParagraph> Generate()
    {
        var random = new Random(99);
        return [.. Enumerable.Range(0, 400).Select(_ => new TestParagraph(
            string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Words[random.Next(Words.Length)])),
            Outlets[random.Next(Outlets.Length)],
            Dates[random.Next(Dates.Length)],
            Stances[random.Next(Stances.Length)],
            [.. Speakers.Where(_ => random.Next(3) == 0)]))];
    }

    private static string[] Values(TestParagraph p, string facet) => facet switch
    {
        FacetNames.Outlet => [p.Outlet],
        FacetNames.Year => p.Date is null ? [] : [p.Date[..4]],
        FacetNames.Speaker => p.Speakers,
        _ => [p.Stance],
    };

    [Theory]
    [InlineData("detainer")]
    [InlineData("")]
    [InlineData("sanctuary OR judge")]
    [InlineData("\"detainer warrant\"")]
    public void Search_WithFilters_CountsEachDimensionWithTheOtherDimensionsFilters(string query)
    {
        var random = new Random(query.Length);
        for (var round = 0; round < 25; round++)
        {
            var filters = RandomFilters(random);
            var result = Engine.Search(query, filters: filters);
            var matching = Paragraphs.Where(p => MatchesQuery(p, query)).ToList();

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

    [Fact]
    public void Search_UnknownFilterValue_MatchesNothingButIsListedAsSelected()
    {
        var result = Engine.Search("", filters: (FacetNames.Outlet, "No Such Outlet"));

        Assert.Equal(0, result.Total);
        Assert.Contains(new FacetValue("No Such Outlet", 0, true), result.Facets[FacetNames.Outlet]);
        Assert.Equal(Outlets.Length + 1, result.Facets[FacetNames.Outlet].Count);
    }

    [Fact]
    public void Search_YearFacet_UsesTheYearAsText()
    {
        var years = Engine.Search("").Facets[FacetNames.Year].Select(v => v.Value);

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

    private static (string Facet, string Value)[] RandomFilters(Random random)
    {
        var filters = new List<(string, string)>();
        foreach (var facet in FacetNames.All.Where(_ => random.Next(2) == 0))
        {
            string[] pool = facet switch
            {
                FacetNames.Outlet => [.. Outlets, "Nobody"],
                FacetNames.Year => ["2016", "2017", "2018", "1999"],
                FacetNames.Speaker => [.. Speakers, "bruce rauner"],
                _ => Stances,
            };
            filters.AddRange(pool.Where(_ => random.Next(3) == 0).Take(2).Select(v => (facet, v)));
        }

        return [.. filters];
    }
}
