using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

public class VarIntTests
{
    [Fact]
    public void Skip_AnyCountFromAnyVarint_LandsWhereReadingWouldLand()
    {
        var random = new Random(11);
        var data = new byte[1];
        var length = 0;
        var starts = new List<int>();
        for (var i = 0; i < 5000; i++)
        {
            starts.Add(length);
            VarInt.Write(ref data, ref length, random.Next(4) switch { 0 => random.Next(128), 1 => random.Next(16384), 2 => random.Next(1 << 21), _ => random.Next() });
        }

        starts.Add(length);
        data = data[..length];
        for (var trial = 0; trial < 3000; trial++)
        {
            var first = random.Next(starts.Count - 1);
            var count = random.Next(starts.Count - first);
            var offset = starts[first];

            VarInt.Skip(data, ref offset, count);

            Assert.Equal(starts[first + count], offset);
        }
    }

    [Fact]
    public void Read_ReturnsWhatWasWritten()
    {
        var values = new[] { 0, 1, 127, 128, 16383, 16384, int.MaxValue };
        var bytes = Array.Empty<byte>();
        var length = 0;
        foreach (var value in values)
        {
            VarInt.Write(ref bytes, ref length, value);
        }

        var offset = 0;
        Assert.Equal(values, values.Select(_ => VarInt.Read(bytes, ref offset)));
        Assert.Equal(length, offset);
    }
}
