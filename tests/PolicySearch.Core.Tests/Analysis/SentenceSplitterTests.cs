using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Speakers;

namespace PolicySearch.Core.Tests.Analysis;

/// <summary>Sentences for attribution: ends at . ! ? before a capital or a quote, not inside quoted words, not after an abbreviation or an initial.</summary>
public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter =
        new(new[] { "Gov.", "U.S." }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    [Theory]
    [InlineData("One. Two! Three? Four", "One.|Two!|Three?|Four")]
    [InlineData("Gov. Omar Haddad spoke. U.S. officials agreed.", "Gov. Omar Haddad spoke.|U.S. officials agreed.")]
    [InlineData("Leo P. Grant said no. “We will not.” He left.", "Leo P. Grant said no.|“We will not.”|He left.")]
    [InlineData("He said “no. Never” and left. then lower", "He said “no. Never” and left. then lower")]
    [InlineData("It ended...  Really? yes", "It ended...|Really? yes")]
    [InlineData("No end at all", "No end at all")]
    [InlineData("", "")]
    public void Split_CutsTheParagraphIntoSentences(string text, string expected)
    {
        var sentences = Splitter.Split(text, QuoteMap.Build(text));

        Assert.Equal(expected, string.Join('|', sentences.Select(s => text[s.Start..s.End])));
    }
}
