using System.Text;

namespace PolicySearch.Core.Indexing;

/// <summary>
/// Every paragraph's text, as the UTF-8 the database stores, from the moment its article is analysed until the
/// build writes it: appended article by article into a few large chunks. A build holds the whole corpus between the
/// analysis and the SQLite writer; as strings that was ~0.9 GiB of UTF-16 at 1M paragraphs on the small-object
/// heap, which every garbage collection of the analysis copied from generation to generation. Here it is half the
/// bytes, in a few dozen large arrays that the collector neither copies nor scans. Not thread-safe: one writer,
/// in article order.
/// </summary>
internal sealed class ParagraphTextStore
{
    // 8 MiB chunks: large enough to be few, small enough that the last, part-filled one wastes little.
    private const int ChunkSize = 1 << 23;

    private readonly List<byte[]> _chunks = [];
    private readonly List<int> _firstOfArticle = [];
    private readonly List<(int Chunk, int Start, int Length)> _texts = [];
    private int _used;

    /// <summary>Appends the paragraphs of the next article (article ordinals follow the calls: 0, 1, 2…).</summary>
    public void AddArticle(IReadOnlyList<string> paragraphs)
    {
        _firstOfArticle.Add(_texts.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            // The same encoder SQLitePCL binds a string with, so a lone surrogate is stored as U+FFFD either way.
            var maximum = Encoding.UTF8.GetMaxByteCount(paragraph.Length);
            if (_chunks.Count == 0 || _chunks[^1].Length - _used < maximum)
            {
                _chunks.Add(new byte[Math.Max(ChunkSize, maximum)]);
                _used = 0;
            }

            var length = Encoding.UTF8.GetBytes(paragraph, _chunks[^1].AsSpan(_used));
            _texts.Add((_chunks.Count - 1, _used, length));
            _used += length;
        }
    }

    /// <summary>The UTF-8 text of paragraph <paramref name="index"/> of article <paramref name="articleOrdinal"/>.</summary>
    public ReadOnlyMemory<byte> Text(int articleOrdinal, int index)
    {
        var (chunk, start, length) = _texts[_firstOfArticle[articleOrdinal] + index];
        return _chunks[chunk].AsMemory(start, length);
    }
}
