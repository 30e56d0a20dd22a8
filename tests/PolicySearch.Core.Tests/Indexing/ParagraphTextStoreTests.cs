using System.Text;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Tests.Indexing;

/// <summary>The build's UTF-8 copy of every paragraph reads back as the bytes SQLite would have been given for the string.</summary>
public sealed class ParagraphTextStoreTests
{
    [Fact]
    public void Texts_ReadBackAsTheirUtf8_AcrossChunksAndArticles()
    {
        // Enough text to fill several chunks, a paragraph larger than a chunk, and the awkward cases.
        var small = Enumerable.Range(0, 40_000).Select(i => $"Paragraph {i}: " + new string((char)('a' + (i % 26)), 300 + (i % 500))).ToList();
        List<string>[] articles =
        [
            ["", "plain", "naïve — “quoted” détainers", "a lone \uD800 surrogate", "emoji \U0001F5FD ok"],
            small,
            [new string('x', 3_000_000), "after the big one"],
            [],
            ["last"],
        ];
        var store = new ParagraphTextStore();
        foreach (var article in articles)
        {
            store.AddArticle(article);
        }

        for (var a = 0; a < articles.Length; a++)
        {
            for (var i = 0; i < articles[a].Count; i++)
            {
                Assert.True(Encoding.UTF8.GetBytes(articles[a][i]).AsSpan().SequenceEqual(store.Text(a, i).Span), $"article {a}, paragraph {i}");
            }
        }

        Assert.Equal("a lone \uFFFD surrogate", Encoding.UTF8.GetString(store.Text(0, 3).Span));
    }
}
