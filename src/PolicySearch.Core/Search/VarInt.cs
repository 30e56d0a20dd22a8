namespace PolicySearch.Core.Search;

/// <summary>LEB128-style variable-length unsigned integers: 7 bits per byte, high bit = more bytes follow.</summary>
internal static class VarInt
{
    public static void Write(List<byte> output, int value)
    {
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            output.Add((byte)(remaining | 0x80));
            remaining >>= 7;
        }

        output.Add((byte)remaining);
    }

    public static int Read(byte[] input, ref int offset)
    {
        uint value = 0;
        var shift = 0;
        byte current;
        do
        {
            current = input[offset++];
            value |= (uint)(current & 0x7F) << shift;
            shift += 7;
        }
        while (current >= 0x80);
        return (int)value;
    }

    public static void Skip(byte[] input, ref int offset)
    {
        while (input[offset++] >= 0x80)
        {
        }
    }
}
