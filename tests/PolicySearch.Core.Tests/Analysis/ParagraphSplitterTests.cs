using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Tests.Analysis;

public class ParagraphSplitterTests
{
    [Fact]
    public void Split_BlankLines_SeparateParagraphs()
    {
        Assert.Equal(["One.", "Two."], ParagraphSplitter.Split("One.\n\nTwo."));
    }

    [Fact]
    public void Split_SingleLineBreaks_AlsoEndParagraphs()
    {
        Assert.Equal(["One.", "Two.", "Three."], ParagraphSplitter.Split("One.\nTwo.\nThree."));
    }

    [Fact]
    public void Split_MixedBreaksWhitespaceAndCarriageReturns_TrimsAndSkipsEmptyLines()
    {
        Assert.Equal(["Headline", "Repeat", "Body text."], ParagraphSplitter.Split("  Headline \r\n\r\n\nRepeat\n   \n\u00A0Body text.\u00A0"));
    }

    [Fact]
    public void Split_TextWithoutLineBreaks_IsOneParagraph()
    {
        Assert.Equal(["Just one paragraph."], ParagraphSplitter.Split("Just one paragraph."));
    }
}
