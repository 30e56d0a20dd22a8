using System.Text;

namespace PolicySearch.Core.Corpus;

/// <summary>
/// Streams a UTF-8 file line by line without loading it whole, so a JSONL corpus of a million paragraphs costs
/// its articles' memory and no more. Each line is validated strictly: a line with invalid bytes comes back with
/// an error instead of its bytes, and the lines after it are still read. Lines stay UTF-8, for a JSON parser
/// that reads UTF-8 anyway: decoding each line to a string first cost a UTF-16 copy of the whole corpus
/// (~90 MiB of garbage at 100k paragraphs) and a transcoding back.
/// </summary>
internal static class Utf8LineReader
{
    private const int ChunkSize = 1 << 16;

    /// <summary>
    /// Every line with its 1-based number: its bytes (without the line break; valid only until the next line is
    /// asked for), or the decoding error.
    /// </summary>
    public static IEnumerable<(int Number, ReadOnlyMemory<byte> Bytes, string? Error)> Lines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize);
        using var line = new MemoryStream();
        var chunk = new byte[ChunkSize];
        var number = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var rest = chunk.AsMemory(0, read);
            int newline;
            while ((newline = rest.Span.IndexOf((byte)'\n')) >= 0)
            {
                line.Write(rest.Span[..newline]);
                rest = rest[(newline + 1)..];
                yield return Validate(line, ++number);
                line.SetLength(0);
            }

            line.Write(rest.Span);
        }

        if (line.Length > 0)
        {
            yield return Validate(line, ++number);
        }
    }

    /// <summary>True when the line is empty or only white space, as <see cref="string.IsNullOrWhiteSpace"/> would say of its text.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line)
    {
        var ascii = true;
        foreach (var b in line)
        {
            if (b >= 0x80)
            {
                ascii = false;
            }
            else if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        // Only white space and non-ASCII bytes (a no-break space, say): decode to ask about the rest.
        return ascii || string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line));
    }

    private static (int, ReadOnlyMemory<byte>, string?) Validate(MemoryStream line, int number)
    {
        var bytes = line.GetBuffer().AsMemory(0, (int)line.Length);
        if (number == 1 && bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.Length > 0 && bytes.Span[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            return (number, bytes, null);
        }

        // Only a bad line is decoded, to find where its first invalid sequence starts.
        System.Text.Unicode.Utf8.ToUtf16(bytes.Span, new char[bytes.Length], out var validBytes, out _, replaceInvalidSequences: false);
        return (number, ReadOnlyMemory<byte>.Empty, $"not valid UTF-8 (invalid byte at offset {validBytes} of the line)");
    }
}
