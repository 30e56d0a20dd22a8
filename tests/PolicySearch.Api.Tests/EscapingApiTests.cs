using System.Text.RegularExpressions;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests;

/// <summary>Text from an article can never inject markup: only &lt;mark&gt; is live in a highlight.</summary>
public sealed partial class EscapingApiTests(HostileCorpusApplication app) : IClassFixture<HostileCorpusApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Highlights_EscapeArticleMarkup_AndKeepOnlyMark()
    {
        var hits = await _client.GetAllHitsAsync("q=detainer");

        Assert.Equal(2, hits.Count);
        foreach (var hit in hits)
        {
            var highlight = hit["highlight"]!.GetValue<string>();
            Assert.DoesNotContain("<script", highlight, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", highlight, StringComparison.OrdinalIgnoreCase);
            Assert.All(Tag().Matches(highlight), tag => Assert.Matches("^</?mark>$", tag.Value));
            Assert.Contains("<mark>detainer</mark>", highlight, StringComparison.Ordinal);
        }

        var text = string.Join(' ', hits.Select(h => h["highlight"]!.GetValue<string>()));
        Assert.Contains("&lt;script&gt;", text, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", text, StringComparison.Ordinal);
        Assert.Contains("&amp;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainText_IsReturnedUnchanged()
    {
        var hits = await _client.GetAllHitsAsync("q=onerror");

        Assert.Contains("<img src=x onerror=alert(1)>", Assert.Single(hits).Text(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
