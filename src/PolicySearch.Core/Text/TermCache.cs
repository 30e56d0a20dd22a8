using System.Collections.Concurrent;

namespace PolicySearch.Core.Text;

/// <summary>
/// Raw token → term, remembered for the process: the highlighter analyses every token of every hit it
/// returns, and the analysis (ASCII check, lower-casing, Porter stemming) was a third of the time of a
/// search for a rare word. Paragraphs reuse a small vocabulary (Zipf), so almost every token of a hit has
/// been seen before and costs one hash lookup instead.
/// Thread-safe for concurrent searches. Bounded: once <see cref="Capacity"/> tokens are held, new ones are
/// analysed every time but not kept, whatever the corpus. Analysis is a pure function of the token, so a
/// cached term is never stale.
/// </summary>
public sealed class TermCache
{
    /// <summary>Distinct tokens kept: enough for the frequent vocabulary; full, about 7 MiB (measured with 7-letter words).</summary>
    public const int DefaultCapacity = 1 << 16;

    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    // Kept apart from the dictionary because ConcurrentDictionary.Count takes every lock.
    private int _count;

    public TermCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _bySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The cache the search engine's highlighter shares.</summary>
    public static TermCache Shared { get; } = new();

    public int Capacity { get; }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The term of <paramref name="rawToken"/>, as <see cref="TextAnalyzer.AnalyzeToken(ReadOnlySpan{char})"/> gives it.</summary>
    public string Analyze(ReadOnlySpan<char> rawToken)
    {
        if (_bySpan.TryGetValue(rawToken, out var term))
        {
            return term;
        }

        term = TextAnalyzer.AnalyzeToken(rawToken);
        // Two threads may both pass the check and overshoot the capacity by an entry or two: harmless.
        if (Count < Capacity && _terms.TryAdd(rawToken.SequenceEqual(term) ? term : rawToken.ToString(), term))
        {
            Interlocked.Increment(ref _count);
        }

        return term;
    }
}
