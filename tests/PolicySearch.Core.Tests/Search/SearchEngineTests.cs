using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

public class SearchEngineTests
{
    private static readonly SearchEngine Engine = TestCorpus.Engine(
        new TestParagraph("The detainer was issued without a warrant.", "Fox News", "2017-08-28", "opposes", "Bruce Rauner"),
        new TestParagraph("Detainers are requests from ICE.", "Chicago Tribune", "2018-01", "neutral"),
        new TestParagraph("A judge signed the warrant.", "Fox News", "2016", "supports", "Jane Doe"),
        new TestParagraph("Sanctuary city policies limit detention.", "LifeZette", null, "supports", "Bruce Rauner", "Jane Doe"));

    [Fact]
    public void Search_DefaultOr_RanksDocumentsWithMoreTermsFirst()
    {
        var result = Engine.Search("detainer warrant");

        Assert.Equal(3, result.Total);
        Assert.Equal("The detainer was issued without a warrant.", result.Hits[0].Document.Text);
    }

    [Fact]
    public void Search_StemsAndFoldsQueryWords()
    {
        Assert.Equal(2, Engine.Search("DETAINERS").Total);
    }

    [Fact]
    public void Search_And_RequiresAllTerms()
    {
        Assert.Equal(["The detainer was issued without a warrant."], Engine.Search("detainer AND warrant").Texts());
        Assert.Equal(["The detainer was issued without a warrant."], Engine.Search("+detainer +warrant").Texts());
    }

    [Fact]
    public void Search_Phrase_MatchesConsecutiveWordsOnly()
    {
        Assert.Equal(["A judge signed the warrant."], Engine.Search("\"signed the warrant\"").Texts());
        Assert.Equal(0, Engine.Search("\"warrant signed\"").Total);
    }

    [Fact]
    public void Search_Not_ExcludesDocuments()
    {
        Assert.Equal(["Detainers are requests from ICE."], Engine.Search("detainer -warrant").Texts());
        Assert.Equal(["Detainers are requests from ICE."], Engine.Search("detainer NOT warrant").Texts());
    }

    [Fact]
    public void Search_PureNegative_MatchesEverythingElse()
    {
        Assert.Equal(2, Engine.Search("-warrant").Total);
    }

    [Fact]
    public void Search_Prefix_MatchesEveryTermInTheRange()
    {
        Assert.Equal(2, Engine.Search("detain*").Total); // "detention" stems to "detent"
        Assert.Equal(3, Engine.Search("det*").Total);
    }

    [Fact]
    public void Search_FieldedClause_FiltersLikeAFacet()
    {
        var result = Engine.Search("warrant speaker:\"bruce rauner\"");

        Assert.Equal(["The detainer was issued without a warrant."], result.Texts());
        Assert.Contains(result.Facets["speaker"], v => v is { Value: "Bruce Rauner", Selected: true });
    }

    [Fact]
    public void Search_Highlight_MarksTermsAndEscapesHtml()
    {
        var engine = TestCorpus.Engine(new TestParagraph("<script>alert('x')</script> & the \"detainer\" <img onerror=alert(1)>"));

        var hit = Assert.Single(engine.Search("detainer").Hits);

        Assert.Equal("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; the &quot;<mark>detainer</mark>&quot; &lt;img onerror=alert(1)&gt;", hit.Highlight);
    }

    [Fact]
    public void Search_EmptyQuery_BrowsesEverythingInStableOrder()
    {
        var result = Engine.Search("", pageSize: 100);

        Assert.Equal(4, result.Total);
        Assert.Equal(Enumerable.Range(0, 4).Select(i => $"a{i:D4}"), result.Hits.Select(h => h.Article.ArticleId));
    }

    [Fact]
    public void Search_FieldedClauseJoinedByOr_MatchesEitherSide()
    {
        var result = Engine.Search("judge OR stance:opposes");

        Assert.Equal(["A judge signed the warrant.", "The detainer was issued without a warrant."], result.Texts().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(result.Facets["stance"], v => v.Selected);
    }

    [Fact]
    public void Search_FieldedClauseOnAFilteredDimension_IsAndedWithTheFilter()
    {
        var both = Engine.Search("speaker:\"Jane Doe\"", filters: ("speaker", "Bruce Rauner"));

        Assert.Equal(["Sanctuary city policies limit detention."], both.Texts());
    }

    [Fact]
    public void Search_FieldedOnly_BrowsesTheFilteredParagraphs()
    {
        var result = Engine.Search("outlet:\"fox news\"");

        Assert.Equal(2, result.Total);
        Assert.Contains(result.Facets["outlet"], v => v is { Value: "Fox News", Selected: true, Count: 2 });
        Assert.Contains(result.Facets["outlet"], v => v is { Value: "LifeZette", Selected: false, Count: 1 });
    }

    [Fact]
    public void Search_RandomHostileQueries_OnlyEverThrowPolicySearchException()
    {
        const string alphabet = "detainr wa \"()+-*:~^AND OR NOT speaker:year:outlet:stance:2017 é😀\u0000'’—";
        var random = new Random(77);
        for (var i = 0; i < 3000; i++)
        {
            var query = new string([.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            try
            {
                var result = Engine.Search(query, (SortOrder)random.Next(3), pageSize: 5);
                Assert.InRange(result.Total, 0, 4);
            }
            catch (PolicySearchException error)
            {
                Assert.False(string.IsNullOrEmpty(error.Code));
            }
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    public void Search_Prefix_ScoresLikeTheOrOfItsTerms(int distinctWords)
    {
        var random = new Random(distinctWords);
        var words = Enumerable.Range(0, distinctWords).Select(i => $"pre{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}x").ToArray();
        var engine = TestCorpus.Engine(Enumerable.Range(0, 200).Select(_ =>
            new TestParagraph(string.Join(' ', Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(3) == 0 ? words[random.Next(words.Length)] : "filler")))));

        var prefix = engine.SearchBm25("pre*", pageSize: 100);
        var or = engine.SearchBm25(string.Join(" OR ", words), pageSize: 100);

        Assert.Equal(or.Total, prefix.Total);
        Assert.Equal(or.Hits.Select(h => h.Document.Id), prefix.Hits.Select(h => h.Document.Id));
        // Summation order differs (per document vs per term), so the last bits of a score may too.
        Assert.All(or.Hits.Zip(prefix.Hits), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-12));
    }
}
