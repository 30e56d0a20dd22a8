using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>The data files are edited by researchers: a broken edit must say what is wrong, where.</summary>
public class AnalysisDataTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "Analysis", "Data");

    [Fact]
    public void FromDataFolder_FileWithoutAField_NamesTheFileAndTheField()
    {
        using var copy = new DataCopy();
        File.WriteAllText(Path.Combine(copy.Path, "outlets.json"), "{ \"words\": [\"News\"], \"names\": [] }");

        var ex = Assert.Throws<PolicySearchException>(() => ArticleAnalyzer.FromDataFolder(copy.Path));

        Assert.Equal("analysis.data-invalid", ex.Code);
        Assert.Contains("outlets.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"callSignPattern\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDataFolder_InvalidJson_IsReported()
    {
        using var copy = new DataCopy();
        File.WriteAllText(Path.Combine(copy.Path, "stance.json"), "{ \"supports\": ");

        Assert.Equal("analysis.data-invalid", Assert.Throws<PolicySearchException>(() => ArticleAnalyzer.FromDataFolder(copy.Path)).Code);
    }

    [Fact]
    public void FromDataFolder_InvalidBoilerplatePattern_NamesTheRule()
    {
        using var copy = new DataCopy();
        File.WriteAllText(Path.Combine(copy.Path, "boilerplate-rules.json"), "{ \"rules\": [ { \"id\": \"boilerplate.broken\", \"pattern\": \"(unclosed\", \"maxWords\": 5 } ] }");

        var ex = Assert.Throws<PolicySearchException>(() => ArticleAnalyzer.FromDataFolder(copy.Path));

        Assert.Contains("boilerplate.broken", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The boilerplate rules load beside the other files; the error reported is still the first file's, every time.</summary>
    [Fact]
    public void FromDataFolder_TwoBrokenFiles_ReportsTheBoilerplateRulesFirst()
    {
        using var copy = new DataCopy();
        File.WriteAllText(Path.Combine(copy.Path, "boilerplate-rules.json"), "{ \"rules\": [ { \"id\": \"boilerplate.broken\", \"pattern\": \"(unclosed\", \"maxWords\": 5 } ] }");
        File.Delete(Path.Combine(copy.Path, "speech.json"));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var ex = Assert.Throws<PolicySearchException>(() => ArticleAnalyzer.FromDataFolder(copy.Path));

            Assert.Equal("analysis.data-invalid", ex.Code);
            Assert.Contains("boilerplate.broken", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FromDataFolder_MissingFolder_IsReported()
    {
        var ex = Assert.Throws<PolicySearchException>(() => ArticleAnalyzer.FromDataFolder(Path.Combine(Shipped, "nope")));

        Assert.Equal("analysis.data-missing", ex.Code);
    }

}
