using PolicySearch.Core.Evaluation;

namespace PolicySearch.Core.Tests.Evaluation;

/// <summary>Any gold file in the seed gold's format loads: extra fields are ignored, speakers may be names or objects.</summary>
public class GoldSetTests
{
    [Fact]
    public void Load_RowWithExtraFieldsAndMixedSpeakers_ReadsTheFieldsItNeeds()
    {
        using var file = new TempFile(
            """{"article_id":"a","index":3,"char_start":10,"char_end":20,"kind":"content","subkind":null,"rationale":"why","unnamed_sources":["experts"],"cited_outlets":["CNN"],"duplicate_of":null,"blank_split_index":2,"speakers":[{"name":"Ann Lee","aliases_in_text":["Lee"]},"Bo Park"],"optional_speakers":["Cy Poe"],"stance":"supports","ambiguous":true}""");

        var row = Assert.Single(GoldSet.Load(file.Path));

        Assert.Equal(["Ann Lee", "Bo Park"], row.Speakers);
        Assert.Equal(["Cy Poe"], row.OptionalSpeakers);
        Assert.Equal("", row.First60);
        Assert.Equal(("a", 3, 10, 20, "content", "supports", true), (row.ArticleId, row.Index, row.CharStart, row.CharEnd, row.Kind, row.Stance, row.Ambiguous));
    }

    [Theory]
    [InlineData("""{"article_id":"a","index":0,"char_start":0,"char_end":5}""")]
    [InlineData("""{"article_id":"a","index":0,"char_start":0,"char_end":5,"kind":null}""")]
    [InlineData("""{"article_id":"a","index":0,"char_start":0,"char_end":5,"kind":"content","speakers":[{"aliases_in_text":[]}]}""")]
    [InlineData("""["not", "an", "object"]""")]
    public void Load_RowMissingWhatItNeeds_IsReportedWithItsLine(string badRow)
    {
        using var file = new TempFile("""{"article_id":"a","index":0,"char_start":0,"char_end":5,"kind":"content"}""", badRow);

        var ex = Assert.Throws<PolicySearchException>(() => GoldSet.Load(file.Path));

        Assert.Equal("gold.invalid", ex.Code);
        Assert.Contains(":2:", ex.Message, StringComparison.Ordinal);
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(params string[] lines)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gold-" + Guid.NewGuid().ToString("N") + ".jsonl");
            File.WriteAllLines(Path, lines);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
