using PolicySearch.Core.Querying.Parsing;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>One rule for a facet value, in a filter and in a fielded clause.</summary>
public class FacetValueFormatTests
{
    [Theory]
    [InlineData("year", "2017", true)]
    [InlineData("year", "1999", true)]
    [InlineData("year", "abc", false)]
    [InlineData("year", "999", true)]
    [InlineData("year", "", false)]
    [InlineData("year", "20170", false)]
    [InlineData("year", "-201", false)]
    [InlineData("Year", "２０１７", false)]
    [InlineData("stance", "opposes", true)]
    [InlineData("STANCE", "Neutral", true)]
    [InlineData("stance", "maybe", false)]
    [InlineData("outlet", "anything at all", true)]
    [InlineData("speaker", "2017", true)]
    public void Expected_IsNullExactlyForWellFormedValues(string facet, string value, bool wellFormed)
    {
        Assert.Equal(wellFormed, FacetValueFormat.Expected(facet, value) is null);
    }

    [Theory]
    [InlineData("stance:maybe", 7)]
    [InlineData("detainer OR stance:\"not sure\"", 19)]
    [InlineData("year:20170", 5)]
    public void Parser_RejectsAMalformedFieldedValue_WhereItStands(string query, int position)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));

        Assert.Equal(QueryErrors.InvalidFieldValueCode, error.Code);
        Assert.Equal(position, error.Position);
    }
}
