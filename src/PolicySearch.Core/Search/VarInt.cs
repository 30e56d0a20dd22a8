using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace PolicySearch.Core.Search;

/// <summary>LEB128-style variable-length unsigned integers: 7 bits per byte, high bit = more bytes follow.</summary>
internal static class VarInt
{
    /// <summary>Appends <paramref name="value"/> at <paramref name="length"/>, doubling <paramref name="output"/> when it is full.</summary>
    public static void Write(ref byte[] output, ref int length, int value)
    {
        // Five bytes hold any int: grow once, then write without checks per byte.
        if (output.Length - length < 5)
        {
            Array.Resize(ref output, Math.Max(output.Length * 2, length + 5));
        }

        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            output[length++] = (byte)(remaining | 0x80);
            remaining >>= 7;
        }

        output[length++] = (byte)remaining;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the innermost call of scoring and snapshot checks; small, but it has a loop
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

    /// <summary>
    /// Skips <paramref name="count"/> varints. Every varint ends with exactly one byte below 0x80, so this counts
    /// such bytes, 16 at a time where possible: phrases over very common words skip many positions per candidate.
    /// </summary>
    public static void Skip(byte[] input, ref int offset, int count)
    {
        while (count >= Vector128<byte>.Count && offset + Vector128<byte>.Count <= input.Length)
        {
            var continuations = Vector128.ExtractMostSignificantBits(Vector128.Create(input, offset));
            var ends = Vector128<byte>.Count - BitOperations.PopCount(continuations);
            if (ends >= count)
            {
                break;
            }

            count -= ends;
            offset += Vector128<byte>.Count;
        }

        for (; count > 0; count--)
        {
            while (input[offset++] >= 0x80)
            {
            }
        }
    }
}
