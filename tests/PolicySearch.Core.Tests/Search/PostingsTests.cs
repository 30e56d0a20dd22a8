using PolicySearch.Core.Querying.Execution;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>The packed postings (document gaps, skip blocks, positions) decode to exactly what was indexed.</summary>
public class PostingsTests
{
    private static readonly Random Random = new(3);

    // Paragraph d holds "x" at some positions when d is in the set; "filler" elsewhere.
    private static readonly List<int[]?> XPositions = [.. Enumerable.Range(0, 3000).Select(_ => Random.Next(3) == 0
        ? Enumerable.Range(0, 12).Where(_ => Random.Next(3) == 0).DefaultIfEmpty(5).ToArray()
        : null)];

    private static readonly SearchIndex Index = TestCorpus.Engine(XPositions.Select(positions =>
        new TestParagraph(string.Join(' ', Enumerable.Range(0, 12).Select(p => positions?.Contains(p) == true ? "x" : "filler"))))).Index;

    private static readonly int[] Expected = [.. Enumerable.Range(0, XPositions.Count).Where(d => XPositions[d] is not null)];

    private static TermIterator Iterator() => new(Index.FindPostings("x")!, 1, Index.Scoring, Index.DocumentTable);

    [Fact]
    public void NextDoc_VisitsEveryPostingInOrder()
    {
        var iterator = Iterator();
        var visited = new List<int>();
        for (var doc = iterator.NextDoc(); doc != DocIterator.NoMoreDocs; doc = iterator.NextDoc())
        {
            visited.Add(doc);
        }

        Assert.Equal(Expected, visited);
        Assert.True(Index.FindPostings("x")!.BlockCount > 10, "The test needs many skip blocks.");
    }

    [Fact]
    public void Bits_HoldEveryDocument_AndFindEachPosting()
    {
        // 3,000 documents: the last bit word is partial, and words past the end read as empty.
        var postings = Index.FindPostings("x")!;
        var bits = postings.Bits(Index.DocumentCount);

        var held = Enumerable.Range(0, Index.DocumentCount).Where(d => (bits.Word(d >> 6) & (1UL << d)) != 0);

        Assert.Equal(Expected, held);
        Assert.Equal(0UL, bits.Word((Index.DocumentCount + 63) / 64));
        Assert.Equal(Enumerable.Range(0, Expected.Length), Expected.Select(bits.PostingIndexOf));
        Assert.Same(bits, postings.Bits(Index.DocumentCount));
    }

    [Fact]
    public void AdvanceAndNextDoc_RandomMix_AgreeWithBruteForce()
    {
        for (var round = 0; round < 200; round++)
        {
            var iterator = Iterator();
            var doc = -1;
            while (doc != DocIterator.NoMoreDocs)
            {
                // Short steps stay within a block or two; long ones make Advance gallop over many blocks.
                var target = doc + (Random.Next(3) == 0 ? 1 : Random.Next(1, Random.Next(2) == 0 ? 400 : 2500));
                var expected = Expected.Where(d => d >= target).DefaultIfEmpty(DocIterator.NoMoreDocs).First();
                doc = target == iterator.Doc + 1 && Random.Next(2) == 0 ? iterator.NextDoc() : iterator.Advance(target);

                Assert.Equal(expected, doc);
                if (doc != DocIterator.NoMoreDocs)
                {
                    var positions = new int[1];
                    var count = iterator.ReadPositions(ref positions);
                    Assert.Equal(XPositions[doc], positions[..count]);
                }
            }
        }
    }
}
