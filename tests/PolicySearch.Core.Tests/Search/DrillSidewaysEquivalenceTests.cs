using Lucene.Net.Facet;
using PolicySearch.Core.Querying;
using PolicySearch.Core.Querying.Parsing;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>
/// Our collector counts facets from ordinal arrays instead of through Lucene.Net.Facet's counting classes; these
/// tests prove that every count, and every total, equals what Lucene.Net.Facet's own <c>DrillSideways</c> returns
/// over the same index, for random queries and random facet selections.
/// </summary>
public class DrillSidewaysEquivalenceTests
{
    private static readonly string[] Words = ["detainer", "warrant", "sanctuary", "police", "judge", "trust", "immigration", "federal"];
    private static readonly string[] Outlets = ["Fox News", "Chicago Tribune", "LifeZette", "WBEZ", "Daily Herald"];
    private static readonly string?[] Dates = ["2016-01-02", "2017-08-28", "2018", "2019-05", null];
    private static readonly string[] Speakers = ["Bruce Rauner", "Rahm Emanuel", "ICE", "ACLU of Illinois", "Raymond López"];
    private static readonly string[] Stances = ["supports", "opposes", "neutral"];

    private static readonly SearchEngine Engine = Generate();

    private static SearchEngine Generate()
    {
        var random = new Random(2017);
        return TestCorpus.Engine(Enumerable.Range(0, 600).Select(_ => new TestParagraph(
            string.Join(' ', Enumerable.Range(0, random.Next(1, 9)).Select(_ => Words[random.Next(Words.Length)])),
            Outlets[random.Next(Outlets.Length)],
            Dates[random.Next(Dates.Length)],
            Stances[random.Next(Stances.Length)],
            [.. Speakers.Where(_ => random.Next(4) == 0)])));
    }

    [Fact]
    public void Search_RandomQueriesAndFilters_CountsEqualDrillSideways()
    {
        var random = new Random(42);
        var compared = 0;
        for (var round = 0; round < 300; round++)
        {
            var query = RandomQuery(random);
            var filters = RandomFilters(random);
            var request = new SearchRequest { Query = query, Filters = filters, PageSize = 5 };

            var ours = Engine.Search(request);
            var (lucene, total) = DrillSideways(request);

            Assert.True(total == ours.Total, $"total for `{query}` with {Describe(filters.Select(f => KeyValuePair.Create(f.Key, string.Join("|", f.Value))))}: Lucene {total}, ours {ours.Total}");
            foreach (var dimension in FacetNames.All)
            {
                var expected = lucene.TryGetValue(dimension, out var counts) ? counts : [];
                var actual = ours.Facets[dimension].Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count);
                Assert.True(expected.OrderBy(e => e.Key).SequenceEqual(actual.OrderBy(e => e.Key)),
                    $"{dimension} for `{query}` with {Describe(filters)}: Lucene {Describe(expected)}, ours {Describe(actual)}");
                compared += expected.Count;
            }
        }

        Assert.True(compared > 1000, $"only {compared} counts compared");
    }

    /// <summary>Lucene.Net.Facet's answer: the same compiled query as a <c>DrillDownQuery</c> over the same selections.</summary>
    private static (Dictionary<string, Dictionary<string, int>> Counts, int Total) DrillSideways(SearchRequest request)
    {
        var index = Engine.Index;
        var (filters, remaining) = FacetFilters.Resolve(index, request.Filters, QueryParser.Parse(request.Query));
        var config = IndexFields.CreateFacetsConfig();
        var drillDown = new DrillDownQuery(config, new QueryCompiler(index).Compile(remaining));
        for (var d = 0; d < FacetNames.All.Count; d++)
        {
            var values = filters.Requested[d].SelectMany(v => index.Facets[d].Find(v)).Distinct().Select(o => index.Facets[d].Values[o]).ToArray();
            if (filters.Requested[d].Count > 0)
            {
                // Adding a dimension again ORs the value in. A selection that names no indexed value still filters (to
                // nothing): drill down on a value no document has.
                foreach (var value in values.Length > 0 ? values : ["\u0001none"])
                {
                    drillDown.Add(FacetNames.All[d], value);
                }
            }
        }

        var result = new DrillSideways(index.Searcher, config, index.FacetState).Search(drillDown, 10);
        var counts = new Dictionary<string, Dictionary<string, int>>();
        foreach (var dimension in FacetNames.All)
        {
            if (result.Facets.GetTopChildren(10_000, dimension) is { } top)
            {
                counts[dimension] = top.LabelValues.ToDictionary(l => l.Label, l => (int)l.Value);
            }
        }

        return (counts, result.Hits.TotalHits);
    }

    private static string RandomQuery(Random random)
    {
        string Word() => Words[random.Next(Words.Length)];
        return random.Next(9) switch
        {
            0 => "",
            1 => Word(),
            2 => $"{Word()} {Word()}",
            3 => $"\"{Word()} {Word()}\"",
            4 => $"+{Word()} -{Word()}",
            5 => $"{Word()[..3]}*",
            6 => $"\"{Word()} {Word()}\"~2",
            7 => $"{Word()} OR stance:{Stances[random.Next(Stances.Length)]}",
            _ => $"{Word()} speaker:\"{Speakers[random.Next(Speakers.Length)]}\"",
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> RandomFilters(Random random)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        void Maybe(string facet, IEnumerable<string> pool)
        {
            var values = pool.Where(_ => random.Next(3) == 0).ToList();
            if (values.Count > 0)
            {
                filters[facet] = values;
            }
        }

        Maybe(FacetNames.Outlet, Outlets);
        Maybe(FacetNames.Year, Dates.OfType<string>().Select(d => d[..4]).Append("1999"));
        Maybe(FacetNames.Speaker, Speakers.Append("raymond lopez"));
        Maybe(FacetNames.Stance, Stances);
        return filters;
    }

    private static string Describe<T>(IEnumerable<KeyValuePair<string, T>> pairs) => string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"));
}
