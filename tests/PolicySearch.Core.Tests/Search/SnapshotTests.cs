using PolicySearch.Core.Search;
using PolicySearch.Core.Tests.Oracle;

namespace PolicySearch.Core.Tests.Search;

public class SnapshotTests
{
    private const string BuildId = "build-2026-11-22";

    private static readonly TestParagraph[] Paragraphs = [.. SeedTexts.Paragraphs().Select((text, i) =>
        new TestParagraph(text + (i == 3 ? string.Concat(Enumerable.Repeat(" again", 300)) : ""), $"Outlet {i % 3}",
            i % 4 == 0 ? null : $"201{i % 8}-0{1 + (i % 9)}", i % 2 == 0 ? "supports" : "neutral", [.. Enumerable.Range(0, i % 3).Select(s => $"Speaker {s}")]))];

    private static readonly SearchEngine Engine = TestCorpus.Engine(Paragraphs);

    private static byte[] Snapshot() => Snapshot(Engine);

    private static byte[] Snapshot(SearchEngine engine)
    {
        using var stream = new MemoryStream();
        engine.Index.WriteSnapshot(stream, BuildId);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(500)]
    public void Build_FlushingPendingTokensOften_GivesTheSamePostings(int flushThreshold)
    {
        // The builder sorts buffered tokens into the postings in batches; where a batch ends must not matter.
        var flushedOften = TestCorpus.Engine(Paragraphs, new SearchIndexBuilder(flushThreshold));

        Assert.Equal(Snapshot(Engine), Snapshot(flushedOften));
    }

    [Fact]
    public void ReadSnapshot_RoundTrip_AnswersEveryQueryIdentically()
    {
        var restored = new SearchEngine(SearchIndex.ReadSnapshot(new MemoryStream(Snapshot()), BuildId), Engine.Documents);

        Assert.Equal(Engine.Index.DocumentCount, restored.Index.DocumentCount);
        Assert.Equal(Engine.Index.TermCount, restored.Index.TermCount);
        foreach (var query in new[] { "", "rauner", "\"trust act\"", "immigr*", "again", "law -state", "\"federal law\"~4", "speaker:\"Speaker 1\"" })
        {
            foreach (var sort in Enum.GetValues<SortOrder>())
            {
                var expected = Engine.Search(query, sort, pageSize: 100, filters: ("stance", "supports"));
                var actual = restored.Search(query, sort, pageSize: 100, filters: ("stance", "supports"));
                Assert.Equal(expected.Total, actual.Total);
                Assert.Equal(expected.Hits.Select(h => (h.Document.Id, h.Score, h.Highlight)), actual.Hits.Select(h => (h.Document.Id, h.Score, h.Highlight)));
                Assert.Equal(expected.Facets.SelectMany(f => f.Value), actual.Facets.SelectMany(f => f.Value));
            }
        }
    }

    [Fact]
    public void ReadSnapshot_WrongBuildId_IsRejected()
    {
        AssertInvalid(Snapshot(), "another-build");
    }

    [Fact]
    public void ReadSnapshot_Truncated_IsRejected()
    {
        var snapshot = Snapshot();
        foreach (var length in new[] { 0, 1, 4, 8, 20, snapshot.Length / 3, snapshot.Length / 2, snapshot.Length - 33, snapshot.Length - 1 })
        {
            AssertInvalid(snapshot[..length], BuildId);
        }
    }

    [Fact]
    public void ReadSnapshot_AnyFlippedByte_IsRejected()
    {
        var snapshot = Snapshot();
        var random = new Random(5);
        foreach (var position in Enumerable.Range(0, 60).Select(_ => random.Next(snapshot.Length)).Concat([0, 4, 9, snapshot.Length - 1]))
        {
            var corrupt = (byte[])snapshot.Clone();
            corrupt[position] ^= (byte)(1 << random.Next(8));
            AssertInvalid(corrupt, BuildId);
        }
    }

    [Fact]
    public void ReadSnapshot_Garbage_IsRejected()
    {
        var random = new Random(6);
        for (var i = 0; i < 20; i++)
        {
            var garbage = new byte[random.Next(1, 5000)];
            random.NextBytes(garbage);
            AssertInvalid(garbage, BuildId);
        }
    }

    [Fact]
    public void ReadSnapshot_FromAStreamWithoutLength_RoundTripsAndRejectsCorruption()
    {
        var snapshot = Snapshot();
        var restored = SearchIndex.ReadSnapshot(new ForwardOnlyStream(snapshot), BuildId);
        Assert.Equal(Engine.Index.TermCount, restored.TermCount);

        var random = new Random(8);
        for (var i = 0; i < 30; i++)
        {
            var corrupt = (byte[])snapshot.Clone();
            random.NextBytes(corrupt.AsSpan(random.Next(20, corrupt.Length - 4), 4));
            var error = Assert.Throws<PolicySearchException>(() => SearchIndex.ReadSnapshot(new ForwardOnlyStream(corrupt), BuildId));
            Assert.Equal("index.snapshot-invalid", error.Code);
        }
    }

    public static TheoryData<string, string> BrokenPostings => new()
    {
        { "zero frequency", "a term frequency or skip entry is inconsistent" },
        { "unlisted large frequency", "a term frequency or skip entry is inconsistent" },
        { "repeated document", "a posting list is out of order or out of range" },
        { "document past the end", "a posting list is out of order or out of range" },
        { "wrong block end in the skip table", "a term frequency or skip entry is inconsistent" },
    };

    [Theory]
    [MemberData(nameof(BrokenPostings))]
    public void ReadSnapshot_BrokenPostingsUnderAValidChecksum_AreRejected(string damage, string reason)
    {
        // The checksum only proves the file is what the writer wrote: a writer bug must not reach the searches.
        var index = Engine.Index;
        var term = Array.FindIndex(index.Postings, p => p.BlockCount > 1 && VarIntLength(p.Data, FirstDeltaLength(p)) == 1);
        Assert.True(term >= 0, "the test corpus has a term with several blocks of postings");
        var original = index.Postings[term];
        var data = (byte[])original.Data.Clone();
        var skips = (int[])original.Skips!.Clone();
        switch (damage)
        {
            case "zero frequency":
                data[original.FrequenciesOffset + 3] = 0;
                break;
            case "unlisted large frequency":
                data[original.FrequenciesOffset + 3] = TermPostings.FrequencyOverflow;
                break;
            case "repeated document":
                data[FirstDeltaLength(original)] = 0;
                break;
            case "document past the end":
                skips[(original.BlockCount - 1) * TermPostings.SkipEntryLength] = index.DocumentCount;
                data = LastDeltaRaisedTo(original, index.DocumentCount);
                break;
            default:
                skips[0]++;
                break;
        }

        var postings = (TermPostings[])index.Postings.Clone();
        postings[term] = new TermPostings(
            original.DocumentFrequency, data, original.FrequenciesOffset, original.PositionsOffset, skips, original.LargeFrequencies);
        var broken = new SearchIndex(index.Terms, postings, index.DocumentLengths, index.DateKeys, index.Facets);

        using var stream = new MemoryStream();
        broken.WriteSnapshot(stream, BuildId);
        var error = Assert.Throws<PolicySearchException>(() => SearchIndex.ReadSnapshot(new MemoryStream(stream.ToArray()), BuildId));
        Assert.Equal("index.snapshot-invalid", error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static int FirstDeltaLength(TermPostings postings) => VarIntLength(postings.Data, 0);

    private static int VarIntLength(byte[] data, int offset)
    {
        var length = 1;
        while (data[offset + length - 1] >= 0x80)
        {
            length++;
        }

        return length;
    }

    /// <summary>The postings' bytes with the last document moved to <paramref name="document"/> (its delta re-encoded in place, same length or the test fails).</summary>
    private static byte[] LastDeltaRaisedTo(TermPostings postings, int document)
    {
        int offset = 0, previous = 0, lastOffset = 0, beforeLast = 0;
        for (var i = 0; i < postings.DocumentFrequency; i++)
        {
            lastOffset = offset;
            beforeLast = previous;
            var delta = 0;
            for (var shift = 0; ; shift += 7)
            {
                var current = postings.Data[offset++];
                delta |= (current & 0x7F) << shift;
                if (current < 0x80)
                {
                    break;
                }
            }

            previous += delta;
        }

        var encoded = new List<byte>();
        var remaining = (uint)(document - beforeLast);
        while (remaining >= 0x80)
        {
            encoded.Add((byte)(remaining | 0x80));
            remaining >>= 7;
        }

        encoded.Add((byte)remaining);
        Assert.Equal(offset - lastOffset, encoded.Count);
        var data = (byte[])postings.Data.Clone();
        encoded.CopyTo(data, lastOffset);
        return data;
    }

    private static void AssertInvalid(byte[] snapshot, string buildId)
    {
        var error = Assert.Throws<PolicySearchException>(() => SearchIndex.ReadSnapshot(new MemoryStream(snapshot), buildId));
        Assert.Equal("index.snapshot-invalid", error.Code);
    }

    /// <summary>A stream that cannot seek or tell its length, like a network or decompression stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 7));
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
