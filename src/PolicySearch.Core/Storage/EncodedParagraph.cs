using System.Collections.Concurrent;
using System.Text;
using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Storage;

/// <summary>
/// A paragraph row with its text columns already UTF-8, as SQLitePCL would encode them while binding
/// (<see cref="Encoding.UTF8"/>, a lone surrogate as U+FFFD). See <see cref="Encode"/> for why. The paragraph's
/// own text comes encoded already (the build keeps it as UTF-8 from the analysis on: see ParagraphTextStore).
/// </summary>
internal sealed record EncodedParagraph(
    int? DocumentOrdinal,
    int ArticleOrdinal,
    ParagraphKind Kind,
    int Index,
    byte[] KindName,
    byte[] Rule,
    byte[] Speakers,
    byte[]? Stance,
    byte[] StanceEvidence,
    ReadOnlyMemory<byte> Text)
{
    private const int BatchSize = 256;
    private const int BatchesAhead = 16;

    /// <summary>
    /// The rows, encoded in order on a thread of their own a few hundred rows ahead of the caller. The SQLite writer
    /// is the longest pole of a build's write phase (at 1M paragraphs most of its 6.6-9 s, the search structures beside
    /// it ~2 s): joining the lists and encoding the other columns is work another core can take from it.
    /// </summary>
    public static IEnumerable<EncodedParagraph> Encode(IEnumerable<(int ArticleOrdinal, AnalyzedParagraph Paragraph, int? DocumentOrdinal, ReadOnlyMemory<byte> Text)> rows)
    {
        using var queue = new BlockingCollection<List<EncodedParagraph>>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() => Produce(rows, queue, stop.Token));
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var row in batch)
                {
                    yield return row;
                }
            }
        }
        finally
        {
            // A consumer that stops early (a failed insert) must not leave the producer blocked on a full queue.
            stop.Cancel();
            try
            {
                producer.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static void Produce(
        IEnumerable<(int ArticleOrdinal, AnalyzedParagraph Paragraph, int? DocumentOrdinal, ReadOnlyMemory<byte> Text)> rows,
        BlockingCollection<List<EncodedParagraph>> queue,
        CancellationToken stop)
    {
        try
        {
            var batch = new List<EncodedParagraph>(BatchSize);
            foreach (var (articleOrdinal, paragraph, documentOrdinal, text) in rows)
            {
                batch.Add(Of(articleOrdinal, paragraph, documentOrdinal, text));
                if (batch.Count == BatchSize)
                {
                    queue.Add(batch, stop);
                    batch = new List<EncodedParagraph>(BatchSize);
                }
            }

            queue.Add(batch, stop);
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static EncodedParagraph Of(int articleOrdinal, AnalyzedParagraph paragraph, int? documentOrdinal, ReadOnlyMemory<byte> text) =>
        new(
            documentOrdinal,
            articleOrdinal,
            paragraph.Kind,
            paragraph.Index,
            Utf8(paragraph.Kind.ToString().ToLowerInvariant()),
            Utf8(paragraph.Rule),
            Utf8(StoredList.Join(paragraph.Speakers)),
            paragraph.Stance is { } stance ? Utf8(stance.ToName()) : null,
            Utf8(StoredList.Join(paragraph.StanceEvidence)),
            text);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
