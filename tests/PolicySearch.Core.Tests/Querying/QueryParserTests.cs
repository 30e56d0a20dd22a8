using PolicySearch.Core.Querying.Parsing;

namespace PolicySearch.Core.Tests.Querying;

public class QueryParserTests
{
    [Theory]
    [InlineData("detainer warrant", "(detain warrant)")]
    [InlineData("+detainer +warrant", "(+detain +warrant)")]
    [InlineData("detainer AND warrant", "(+detain +warrant)")]
    [InlineData("detainer OR warrant", "(detain warrant)")]
    [InlineData("\"detainer warrant\"", "\"detain warrant\"")]
    [InlineData("\"detainer warrant\"~5", "\"detain warrant\"~5")]
    [InlineData("sanctuary -city", "(sanctuari -citi)")]
    [InlineData("sanctuary NOT city", "(sanctuari -citi)")]
    [InlineData("(police OR judge) AND warrant", "(+(polic judg) +warrant)")]
    [InlineData("police OR judge AND warrant", "(polic (+judg +warrant))")]
    [InlineData("police NOT judge AND warrant", "(polic (-judg +warrant))")]
    [InlineData("NOT judge AND warrant", "(-judg +warrant)")]
    [InlineData("detain*", "detain*")]
    [InlineData("Detainers", "detain")]
    [InlineData("López", "lopez")]
    [InlineData("\"warrant\"", "warrant")]
    [InlineData("\"warrant\"~3", "warrant")]
    [InlineData("48-hour", "\"48 hour\"")]
    [InlineData("U.S.", "\"u s\"")]
    [InlineData("10:30", "\"10 30\"")]
    [InlineData("C++", "c")]
    [InlineData("-city", "(-citi)")]
    [InlineData("NOT city", "(-citi)")]
    [InlineData("speaker:\"Bruce Rauner\"", "(#speaker:\"Bruce Rauner\")")]
    [InlineData("Speaker:\"Bruce Rauner\" sanctuary", "(#speaker:\"Bruce Rauner\" sanctuari)")]
    [InlineData("year:2017 sanctuary", "(#year:\"2017\" sanctuari)")]
    [InlineData("sanctuary OR stance:opposes", "(sanctuari stance:\"opposes\")")]
    [InlineData("warrant AND speaker:\"Bruce Rauner\"", "(+warrant #speaker:\"Bruce Rauner\")")]
    [InlineData("(warrant OR stance:opposes)", "(warrant stance:\"opposes\")")]
    [InlineData("sanctuary -outlet:\"Fox News\"", "(sanctuari -outlet:\"Fox News\")")]
    [InlineData("", "*:*")]
    [InlineData("   \t ", "*:*")]
    [InlineData("^", "*:*")]
    [InlineData(":", "*:*")]
    [InlineData("\"  \"", "*:*")]
    [InlineData("😀 detainer", "detain")]
    [InlineData("a\u0000b", "(a b)")]
    [InlineData("Привет мир", "(привет мир)")]
    [InlineData("((warrant))", "warrant")]
    [InlineData("detainer ^ AND warrant", "(detain warrant)")]
    public void Parse_ValidQuery_BuildsExpectedTree(string query, string expected)
    {
        Assert.Equal(expected, QueryParser.Parse(query).ToString());
    }

    [Theory]
    [InlineData("\"abc", QueryErrors.UnbalancedQuoteCode, 0)]
    [InlineData("sanctuary \"detainer warrant", QueryErrors.UnbalancedQuoteCode, 10)]
    [InlineData("(warrant", QueryErrors.UnbalancedParenthesisCode, 0)]
    [InlineData("NEAR(", QueryErrors.UnbalancedParenthesisCode, 4)]
    [InlineData("warrant)", QueryErrors.UnexpectedClosingParenthesisCode, 7)]
    [InlineData("()", QueryErrors.EmptyGroupCode, 0)]
    [InlineData("AND", QueryErrors.DanglingOperatorCode, 0)]
    [InlineData("OR", QueryErrors.DanglingOperatorCode, 0)]
    [InlineData("NOT", QueryErrors.DanglingOperatorCode, 0)]
    [InlineData("warrant AND", QueryErrors.DanglingOperatorCode, 8)]
    [InlineData("AND warrant", QueryErrors.DanglingOperatorCode, 0)]
    [InlineData("a OR OR b", QueryErrors.DanglingOperatorCode, 5)]
    [InlineData("a AND OR b", QueryErrors.DanglingOperatorCode, 2)]
    [InlineData("(OR)", QueryErrors.DanglingOperatorCode, 1)]
    [InlineData("+", QueryErrors.DanglingModifierCode, 0)]
    [InlineData("-", QueryErrors.DanglingModifierCode, 0)]
    [InlineData("a - b", QueryErrors.DanglingModifierCode, 2)]
    [InlineData("+-a", QueryErrors.DanglingModifierCode, 0)]
    [InlineData("*", QueryErrors.InvalidPrefixCode, 0)]
    [InlineData("de*tain", QueryErrors.InvalidPrefixCode, 0)]
    [InlineData("48-hou*", QueryErrors.InvalidPrefixCode, 0)]
    [InlineData("foo:bar", QueryErrors.UnknownFieldCode, 0)]
    [InlineData("warrant title:x", QueryErrors.UnknownFieldCode, 8)]
    [InlineData("speaker:", QueryErrors.MissingFieldValueCode, 0)]
    [InlineData("speaker: \"x\"", QueryErrors.MissingFieldValueCode, 0)]
    [InlineData("year:recent", QueryErrors.InvalidFieldValueCode, 5)]
    [InlineData("\"a b\"~", QueryErrors.InvalidProximityCode, 5)]
    [InlineData("\"a b\"~x", QueryErrors.InvalidProximityCode, 5)]
    [InlineData("\"a b\"~1000", QueryErrors.InvalidProximityCode, 5)]
    public void Parse_InvalidQuery_ThrowsWithCodeAndPosition(string query, string code, int position)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));

        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
        Assert.Contains(position.ToString(), error.Message);
    }

    [Fact]
    public void Parse_UnknownField_ListsTheKnownFields()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse("foo:bar"));

        Assert.Contains("outlet, year, speaker, stance", error.Message);
    }

    [Fact]
    public void Parse_UnbalancedQuote_SaysWhatAndWhere()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse("trust \"act"));

        Assert.Equal("Unbalanced quote: the phrase starting at position 6 is never closed.", error.Message);
    }

    [Fact]
    public void Parse_TooLongQuery_IsRejected()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(new string('a', QueryLimits.MaxQueryLength + 1)));

        Assert.Equal(QueryErrors.TooLongCode, error.Code);
    }

    [Fact]
    public void Parse_TooManyWords_IsRejected()
    {
        var query = string.Join(' ', Enumerable.Range(0, QueryLimits.MaxClauses + 1).Select(i => $"w{i}"));

        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));

        Assert.Equal(QueryErrors.TooManyClausesCode, error.Code);
    }

    [Fact]
    public void Parse_TooDeeplyNested_IsRejected()
    {
        var depth = QueryLimits.MaxDepth + 1;
        var query = new string('(', depth) + "a" + new string(')', depth);

        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));

        Assert.Equal(QueryErrors.TooDeepCode, error.Code);
    }

    [Fact]
    public void Parse_RandomHostileInput_ReturnsTreeOrSyntaxError()
    {
        const string alphabet = "ab \"()+-*:~^!&|\\/AND OR NOT NEAR speaker:year:foo:2017 é😀\u0000\t\u200b'’“”—";
        var random = new Random(1234);
        for (var i = 0; i < 5000; i++)
        {
            var query = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            try
            {
                Assert.NotNull(QueryParser.Parse(query));
            }
            catch (QuerySyntaxException error)
            {
                Assert.StartsWith("query.", error.Code);
                Assert.InRange(error.Position, 0, QueryLimits.MaxQueryLength);
            }
        }
    }
}
