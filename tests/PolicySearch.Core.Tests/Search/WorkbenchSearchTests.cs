using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>The researcher's workbench in the engine: the date range, the timeline and facet value search.</summary>
public sealed class WorkbenchSearchTests
{
    private static readonly SearchEngine Engine = TestCorpus.Engine(
        new TestParagraph("sanctuary detainer one", "Fox", "2017-08-28", "opposes", "Bruce Rauner"),
        new TestParagraph("sanctuary detainer two", "Fox", "2017-08", "neutral", "Bruce Rauner", "Raymond López"),
        new TestParagraph("sanctuary three", "Tribune", "2017", "supports", "Raymond López"),
        new TestParagraph("sanctuary four", "Tribune", "2019-01-05", "supports", "Rahm Emanuel"),
        new TestParagraph("detainer five", "Tribune", "2020-03", "neutral", "Lori Lightfoot"),
        new TestParagraph("sanctuary undated", "Unknown", null, "neutral", "Brandon Johnson"));

    [Theory]
    [InlineData("2017", null, 20170101, 99991231)]
    [InlineData(null, "2017", 0, 20171231)]
    [InlineData("2017-08", "2017-08", 20170801, 20170831)]
    [InlineData(" 2017-08-28 ", "2019-02-28", 20170828, 20190228)]
    public void DateRange_ParsesEachPrecision(string? from, string? to, int lower, int upper) =>
        Assert.Equal(new DateRange(lower, upper), DateRange.Parse(from, to));

    [Theory]
    [InlineData("17", null, DateRange.InvalidCode)]
    [InlineData("2017-13", null, DateRange.InvalidCode)]
    [InlineData(null, "2017-02-30", DateRange.InvalidCode)]
    [InlineData("2017/08", null, DateRange.InvalidCode)]
    [InlineData("abcd", null, DateRange.InvalidCode)]
    [InlineData("2019", "2017", DateRange.EmptyCode)]
    public void DateRange_Malformed_IsAnErrorWithACode(string? from, string? to, string code) =>
        Assert.Equal(code, Assert.Throws<PolicySearchException>(() => DateRange.Parse(from, to)).Code);

    [Fact]
    public void DateRange_NoBounds_IsNoRange() => Assert.Null(DateRange.Parse(" ", null));

    [Fact]
    public void Search_DateRange_KeepsParagraphsWhoseWholeDateIsInside_AndNeverUndated()
    {
        Assert.Equal(["sanctuary detainer one", "sanctuary detainer two", "sanctuary three"], Texts(Search("2017", "2017")));
        Assert.Equal(["sanctuary detainer one", "sanctuary detainer two"], Texts(Search("2017-08-01", "2017-08-31")));
        Assert.Equal(["sanctuary detainer one"], Texts(Search("2017-08-15", "2017-12")));
        Assert.Equal(["detainer five", "sanctuary four"], Texts(Search("2018", null)));
        Assert.Equal(6, Engine.Search(new SearchRequest()).Total);
        Assert.Equal(5, Search("1900", null).Total);
    }

    [Fact]
    public void Search_DateRange_AppliesToTheFacetCountsToo()
    {
        var result = Search("2017", "2017");
        Assert.Equal(3, result.Total);
        Assert.Equal(3, result.Facets[FacetNames.Outlet].Sum(v => v.Count));
        Assert.DoesNotContain(result.Facets[FacetNames.Speaker], v => v.Value == "Rahm Emanuel");
    }

    [Fact]
    public void Timeline_ByYear_ListsEveryYearOfTheCorpus_WithMatchesAndParagraphs()
    {
        var timeline = Engine.Timeline(new SearchRequest { Query = "sanctuary" }, TimelineInterval.Year);

        Assert.Equal(
            [("2017", 3, 3), ("2018", 0, 0), ("2019", 1, 1), ("2020", 0, 1)],
            timeline.Periods.Select(p => (p.Period, p.Matches, p.Paragraphs)));
        Assert.Equal(5, timeline.Total);
        Assert.Equal(1, timeline.Undated);
    }

    [Fact]
    public void Timeline_ByMonth_IsNarrowedByTheRange_AndAYearOnlyDateIsInNoMonth()
    {
        var timeline = Engine.Timeline(new SearchRequest { Dates = DateRange.Parse("2017-07", "2017-09") }, TimelineInterval.Month);

        Assert.Equal([("2017-07", 0, 0), ("2017-08", 2, 2), ("2017-09", 0, 0)], timeline.Periods.Select(p => (p.Period, p.Matches, p.Paragraphs)));
        Assert.Equal(2, timeline.Total); // the paragraph dated 2017 only is not inside 2017-07..2017-09
        Assert.Equal(0, timeline.Undated);
        Assert.Equal(1, Engine.Timeline(new SearchRequest { Query = "three" }, TimelineInterval.Month).Undated); // in no month
    }

    [Fact]
    public void Timeline_MatchesOfEachBar_AreWhatItsDateRangeFinds()
    {
        var request = new SearchRequest { Query = "sanctuary OR detainer" };
        foreach (var interval in new[] { TimelineInterval.Year, TimelineInterval.Month })
        {
            foreach (var period in Engine.Timeline(request, interval).Periods)
            {
                Assert.Equal(period.Matches, Engine.Search(request with { Dates = DateRange.Parse(period.Period, period.Period) }).Total);
            }
        }
    }

    [Fact]
    public void FacetValues_PrefixOfAnyWord_IgnoringCaseAndAccents()
    {
        var values = Engine.FacetValues(new SearchRequest(), FacetNames.Speaker, "RA").Values;

        Assert.Equal(["Bruce Rauner", "Raymond López", "Rahm Emanuel"], values.Select(v => v.Value));
        Assert.Equal([2, 2, 1], values.Select(v => v.Count));
        Assert.Equal(["Raymond López"], Engine.FacetValues(new SearchRequest(), "speaker", "lop").Values.Select(v => v.Value));
        Assert.Equal(["Raymond López"], Engine.FacetValues(new SearchRequest(), "speaker", "raymond ló").Values.Select(v => v.Value));
        Assert.Empty(Engine.FacetValues(new SearchRequest(), "speaker", "zz").Values);
        Assert.Equal(["2017"], Engine.FacetValues(new SearchRequest(), "year", "201").Values.Take(1).Select(v => v.Value));
    }

    [Fact]
    public void FacetValues_CountsAreTheSearchsDrillSidewaysCounts_AndSelectedValuesAreMarked()
    {
        var request = new SearchRequest
        {
            Query = "sanctuary",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["speaker"] = ["Bruce Rauner"], ["outlet"] = ["Fox", "Tribune"] },
        };
        var facets = Engine.Search(request).Facets;
        foreach (var dimension in FacetNames.All)
        {
            var found = Engine.FacetValues(request, dimension, "", 100).Values;
            Assert.Equal(facets[dimension].Select(v => (v.Value, v.Count, v.Selected)).Order(), found.Select(v => (v.Value, v.Count, v.Selected)).Order());
        }

        var speakers = Engine.FacetValues(request, "speaker", "b").Values;
        Assert.Contains(speakers, v => v is { Value: "Bruce Rauner", Selected: true });
    }

    [Fact]
    public void FacetValues_LimitAndOrder()
    {
        var values = Engine.FacetValues(new SearchRequest(), "speaker", null, limit: 2).Values;
        Assert.Equal(["Bruce Rauner", "Raymond López"], values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("colour", 20, "request.dimension")]
    [InlineData("speaker", 0, "request.limit")]
    [InlineData("speaker", 101, "request.limit")]
    public void FacetValues_BadArguments_AreErrorsWithACode(string dimension, int limit, string code) =>
        Assert.Equal(code, Assert.Throws<PolicySearchException>(() => Engine.FacetValues(new SearchRequest(), dimension, "a", limit)).Code);

    /// <summary>Behaviour at scale only: the speed at 1M paragraphs is measured outside the tests (docs/workbench.md).</summary>
    [Fact]
    public void FacetValues_TenThousandSpeakers_FindsThemByPrefix()
    {
        var random = new Random(7);
        string Name(int i) => $"Person{i:D5} Surname{random.Next(100_000):D5}";
        var engine = TestCorpus.Engine(Enumerable.Range(0, 20_000).Select(i =>
            new TestParagraph($"sanctuary paragraph {i}", $"Outlet {i % 40}", $"{2010 + (i % 15)}-0{1 + (i % 9)}", "neutral", Name(i % 10_000), Name((i * 7) % 10_000))));

        var found = engine.FacetValues(new SearchRequest { Query = "sanctuary" }, "speaker", "person01", 20);

        Assert.True(engine.Index.Facets[2].Values.Length > 10_000);
        Assert.Equal(20, found.Values.Count);
        Assert.All(found.Values, v => Assert.StartsWith("Person01", v.Value, StringComparison.Ordinal));
        Assert.Equal(15, engine.Timeline(new SearchRequest { Query = "sanctuary" }, TimelineInterval.Year).Periods.Count);
    }

    private static SearchResult Search(string? from, string? to) =>
        Engine.Search(new SearchRequest { Query = "", Sort = SortOrder.Oldest, PageSize = 100, Dates = DateRange.Parse(from, to) });

    private static string[] Texts(SearchResult result) => [.. result.Hits.Select(h => h.Document.Text).Order(StringComparer.Ordinal)];
}
