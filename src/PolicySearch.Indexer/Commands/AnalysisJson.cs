using System.Text.Encodings.Web;
using System.Text.Json;
using PolicySearch.Core.Analysis;

namespace PolicySearch.Indexer.Commands;

/// <summary>Writes one analysed paragraph as one line of JSON (SPEC §3), non-ASCII text kept readable.</summary>
internal static class AnalysisJson
{
    // Relaxed escaping keeps curly quotes, accents and the "+" of "cue:+welcoming" readable. Still valid JSON:
    // only the HTML-embedding safety escapes are skipped, and this output goes to a console or a file.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, AnalyzedParagraph paragraph)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("articleId", paragraph.ArticleId);
            writer.WriteNumber("paragraph", paragraph.Index);
            writer.WriteString("kind", paragraph.Kind.ToString().ToLowerInvariant());
            writer.WriteString("rule", paragraph.Rule);
            writer.WriteStartArray("speakers");
            foreach (var speaker in paragraph.Speakers)
            {
                writer.WriteStringValue(speaker);
            }

            writer.WriteEndArray();
            if (paragraph.Stance is { } stance)
            {
                writer.WriteString("stance", stance.ToName());
            }
            else
            {
                writer.WriteNull("stance");
            }

            writer.WriteStartArray("stanceEvidence");
            foreach (var evidence in paragraph.StanceEvidence)
            {
                writer.WriteStringValue(evidence);
            }

            writer.WriteEndArray();
            writer.WriteString("text", paragraph.Text);
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }
}
