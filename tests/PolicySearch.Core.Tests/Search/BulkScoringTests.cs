using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>
/// Single terms, ORs and ANDs of terms, terms minus exclusions and phrases are collected by loops of their own
/// (reading postings directly, a window of documents at a time, or buffering hits to read their entries ahead);
/// anything else goes through the document-at-a-time iterators. OR-ing a word no paragraph has changes nothing
/// but forces the iterators, so both ways must agree exactly: totals, ranked hits with their scores to the last
/// bit, and every facet count. The corpus spans several windows.
/// </summary>
public class BulkScoringTests
{
    private static readonly string[] Words = ["detainer", "warrant", "sanctuary", "police", "judge", "trust", "city", "county", "federal"];
    private static readonly string[] Outlets = ["Fox News", "Chicago Tribune", "LifeZette", "WBEZ", "IJR"];
    private static readonly string[] Speakers = ["Bruce Rauner", "Rahm Emanuel", "ICE", "ACLU"];
    private static readonly string[] Stances = ["supports", "opposes", "neutral"];
    private static readonly string?[] Dates = ["2016-01-02", "2017-08-28", "2018", null];

    private static readonly SearchEngine Engine = TestCorpus.Engine(Generate(3 * TermDisjunctionScan.WindowSize + 123));

    private static IEnumerable<TestParagraph> Generate(int count)
    {
        var random = new Random(5);
        for (var i = 0; i < count; i++)
        {
            // Word i is drawn with weight 1/(i+1), so terms range from most paragraphs to a few; long gaps
            // between paragraphs of a rare word leave windows empty.
            var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Words[Math.Min(Words.Length - 1, (int)(Math.Pow(random.NextDouble(), 2.5) * Words.Length))]).ToList();
            // Two sparse words (in under an eighth of the paragraphs), whose hits are read ahead in batches.
            foreach (var (rare, share) in new[] { ("magnify", 0.05), ("podium", 0.03) })
            {
                for (var times = random.NextDouble() < share ? random.Next(1, 4) : 0; times > 0; times--)
                {
                    words.Insert(random.Next(words.Count + 1), rare);
                }
            }

            yield return new TestParagraph(
                string.Join(' ', words), Outlets[random.Next(Outlets.Length)], Dates[random.Next(Dates.Length)], Stances[random.Next(Stances.Length)],
                [.. Speakers.Where(_ => random.Next(4) == 0)]);
        }
    }

    public static TheoryData<string, string?, string?> Queries => new()
    {
        { "detainer", null, null },
        { "federal", null, null },
        { "federal", FacetNames.Year, "2017" },
        { "detainer OR federal", null, null },
        { "county OR federal", null, null },
        { "detainer OR warrant OR sanctuary OR federal", null, null },
        { "judge OR county", FacetNames.Outlet, "WBEZ" },
        { "judge OR county", FacetNames.Speaker, "ICE" },
        { "detain*", null, null },
        { "detainer AND warrant", null, null },
        { "detainer AND warrant AND sanctuary", null, null },
        { "detainer AND federal", FacetNames.Stance, "opposes" },
        { "detainer AND county", FacetNames.Speaker, "ACLU" },
        { "detainer NOT warrant", null, null },
        { "detainer AND warrant NOT sanctuary", FacetNames.Year, "2018" },
        { "\"detainer warrant\"", null, null },
        { "\"detainer warrant\"", FacetNames.Outlet, "IJR" },
        { "magnify", null, null },
        { "magnify", FacetNames.Stance, "supports" },
        { "magnify OR podium", null, null },
        { "magnify AND detainer", null, null },
        { "podium NOT detainer", FacetNames.Speaker, "ICE" },
        { "\"magnify detainer\"", null, null },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Search_BulkLoops_AgreeWithTheIterators(string query, string? facet, string? value)
    {
        (string, string)[] filters = facet is null ? [] : [(facet, value!)];
        foreach (var sort in new[] { SortOrder.Relevance, SortOrder.Newest })
        {
            var bulk = Engine.Search(query, sort, pageSize: 50, filters: filters);
            var iterated = Engine.Search($"({query}) OR nosuchword", sort, pageSize: 50, filters: filters);

            Assert.True(bulk.Total > 0);
            Assert.Equal(iterated.Total, bulk.Total);
            Assert.Equal(iterated.Hits.Select(h => (h.Document.Id, h.Score)), bulk.Hits.Select(h => (h.Document.Id, h.Score)));
            foreach (var name in FacetNames.All)
            {
                Assert.Equal(iterated.Facets[name], bulk.Facets[name]);
            }
        }
    }
}
