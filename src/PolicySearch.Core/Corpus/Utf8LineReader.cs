using System.Text;

namespace PolicySearch.Core.Corpus;

/// <summary>
/// Streams a UTF-8 file line by line without loading it whole, so a JSONL corpus of a million paragraphs costs
/// its articles' memory and no more. Each line is decoded strictly: a line with invalid bytes comes back with
/// an error instead of text, and the lines after it are still read.
/// </summary>
internal static class Utf8LineReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private const int ChunkSize = 1 << 16;

    /// <summary>Every line with its 1-based number: its text (without the line break), or the decoding error.</summary>
    public static IEnumerable<(int Number, string? Text, string? Error)> Lines(string path)
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
                yield return Decode(line, ++number);
                line.SetLength(0);
            }

            line.Write(rest.Span);
        }

        if (line.Length > 0)
        {
            yield return Decode(line, ++number);
        }
    }

    private static (int, string?, string?) Decode(MemoryStream line, int number)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (number == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        try
        {
            return (number, Utf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException ex)
        {
            return (number, null, $"not valid UTF-8 (invalid byte at offset {ex.Index} of the line)");
        }
    }
}
