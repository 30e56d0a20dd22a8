using System.Security.Cryptography;
using PolicySearch.Core.Search.Snapshot;

namespace PolicySearch.Core.Tests.Search;

/// <summary>
/// The read side hashes on another thread, a buffer behind the reader: whatever the pattern of small and large
/// reads, the hash must be exactly that of the bytes handed out, and bytes read after it are not in it.
/// </summary>
public class HashingStreamTests
{
    private const int MiB = 1 << 20;

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(MiB - 1)]
    [InlineData(MiB)]
    [InlineData((5 * MiB) + 12345)]
    public void CurrentHash_AfterMixedReads_IsTheHashOfTheBytesHandedOut(int length)
    {
        var content = RandomBytes(length + 32, seed: length);
        using var stream = new HashingStream(new MemoryStream(content));

        var handedOut = ReadMixed(stream, length);
        var hash = stream.CurrentHash();
        var trailer = new byte[32];
        stream.ReadExactly(trailer);

        Assert.Equal(content[..length], handedOut);
        Assert.Equal(SHA256.HashData(content.AsSpan(0, length)), hash);
        Assert.Equal(content[length..], trailer);
    }

    [Fact]
    public void CurrentHash_AfterAChangedByteFarIntoTheStream_Differs()
    {
        var content = RandomBytes(4 * MiB, seed: 1);
        var changed = (byte[])content.Clone();
        changed[(3 * MiB) + 5] ^= 0x01;

        Assert.NotEqual(HashOfAll(content), HashOfAll(changed));
        Assert.Equal(SHA256.HashData(content), HashOfAll(content));
    }

    [Fact]
    public void Dispose_HalfWayThroughALargeRead_DoesNotHang()
    {
        var stream = new HashingStream(new MemoryStream(RandomBytes(20 * MiB, seed: 2)));
        stream.ReadExactly(new byte[3 * MiB]);
        stream.ReadExactly(new byte[100]);

        stream.Dispose();
    }

    private static byte[] HashOfAll(byte[] content)
    {
        using var stream = new HashingStream(new MemoryStream(content));
        ReadMixed(stream, content.Length);
        return stream.CurrentHash();
    }

    /// <summary>Reads <paramref name="count"/> bytes as the snapshot reader does: ints and strings, with the odd large array between.</summary>
    private static byte[] ReadMixed(Stream stream, int count)
    {
        var output = new byte[count];
        var random = new Random(count);
        var read = 0;
        while (read < count)
        {
            var size = Math.Min(count - read, random.Next(10) == 0 ? random.Next(MiB, 3 * MiB) : random.Next(1, 300));
            stream.ReadExactly(output.AsSpan(read, size));
            read += size;
        }

        return output;
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
