using System.Text;

namespace PolicySearch.Core.Corpus;

/// <summary>
/// Reads a text file as UTF-8 and fails on invalid bytes instead of silently replacing them with U+FFFD,
/// so that a mis-encoded article is reported rather than indexed as garbage.
/// </summary>
internal static class StrictTextFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or null with <paramref name="error"/> set when the bytes are not valid UTF-8.</summary>
    public static string? TryRead(string path, out string? error)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            var text = Utf8.GetString(bytes);
            error = null;
            // A byte-order mark is legal UTF-8 but not part of the text.
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            error = $"not valid UTF-8 (invalid byte at offset {ex.Index})";
            return null;
        }
    }
}
