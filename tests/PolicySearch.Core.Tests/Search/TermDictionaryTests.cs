using System.Text;
using PolicySearch.Core.Search;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Tests.Search;

/// <summary>Term ids for a build: looked up in batches through the surface cache, they must name the analyzer's terms.</summary>
public sealed class TermDictionaryTests
{
    [Fact]
    public void TermIds_NameTheAnalyzersTerms_InOrder_ForTextsOfManyBatches()
    {
        string[] vocabulary = ["Detainer", "detainers", "warrant", "ICE", "López", "lopez", "TRUST", "Act", "sanctuary", "x", "2017", "naïve", "Ωmega"];
        var random = new Random(5);
        var texts = new List<string>();
        for (var t = 0; t < 300; t++)
        {
            var text = new StringBuilder();
            var words = random.Next(0, 400);
            for (var w = 0; w < words; w++)
            {
                text.Append(vocabulary[random.Next(vocabulary.Length)]).Append(random.Next(4) == 0 ? ", " : " ");
            }

            texts.Add(text.ToString());
        }

        var dictionary = new TermDictionary();
        var ids = dictionary.TermIds(texts);
        var terms = new List<string>();
        dictionary.CopyTermsFrom(0, terms);

        for (var t = 0; t < texts.Count; t++)
        {
            Assert.Equal(TextAnalyzer.Terms(texts[t]), ids[t].Select(id => terms[id]));
        }

        Assert.Equal(terms.Count, terms.Distinct(StringComparer.Ordinal).Count());
    }
}
