using System.Globalization;
using System.Runtime.InteropServices;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Search;

/// <summary>
/// Builds a <see cref="SearchIndex"/> from paragraphs added in order (ordinals 0, 1, 2…). Text becomes term ids
/// through a <see cref="TermDictionary"/>: <see cref="Add"/> tokenizes on the calling thread, while the index
/// build tokenizes in its parallel analysis stage and adds term ids (<see cref="AddTokens"/>), which leaves
/// this builder only the postings. Tokens are first appended, as term ids, to a flat buffer; every few million
/// tokens the buffer is sorted by term (a stable counting sort) and each term's run is appended to its postings
/// in one go. Appending token by token instead touched a different term's postings, scattered over the heap,
/// at every token. <see cref="Build"/> freezes the postings with the dictionary sorted, so term ids, given in
/// whatever order threads first meet a term, do not show. Not thread-safe; use one builder per build.
/// </summary>
public sealed class SearchIndexBuilder
{
    // 4M pending tokens: 16 MiB of term ids plus 32 MiB of sorted occurrences, reused across flushes.
    private const int DefaultFlushThreshold = 1 << 22;

    private readonly int _flushThreshold;

    private readonly TermDictionary _terms;
    private readonly List<PostingsAccumulator> _postings = [];
    private readonly List<string> _newTerms = [];
    private readonly List<int> _documentTermIds = [];
    private readonly List<int> _documentLengths = [];
    private readonly List<int> _dateKeys = [];
    private readonly FacetAccumulator _outlets = new(FacetNames.Outlet);
    private readonly FacetAccumulator _years = new(FacetNames.Year);
    private readonly FacetAccumulator _speakers = new(FacetNames.Speaker);
    private readonly FacetAccumulator _stances = new(FacetNames.Stance);

    // The tokens of documents _flushedDocuments.. (in order, positions implicit) not yet in the postings. The
    // buffer doubles up to a flush's worth of tokens plus one document and no further: doubling past that had
    // given every large build a 32 MiB buffer, and a 64 MiB one for the sorted occurrences, half of them unused.
    private int[] _pendingTermIds = new int[1024];
    private int _pendingCount;
    private int _flushedDocuments;
    private int[] _termStarts = [];
    private long[] _sortedOccurrences = [];

    public SearchIndexBuilder() : this(new TermDictionary(), DefaultFlushThreshold) { }

    /// <summary>Tests flush after a few tokens to check that the postings do not depend on where flushes fall.</summary>
    internal SearchIndexBuilder(int flushThreshold) : this(new TermDictionary(), flushThreshold) { }

    /// <summary>A builder fed documents already tokenized into <paramref name="terms"/>' ids (see <see cref="AddTokens"/>).</summary>
    internal SearchIndexBuilder(TermDictionary terms) : this(terms, DefaultFlushThreshold) { }

    private SearchIndexBuilder(TermDictionary terms, int flushThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(flushThreshold);
        _terms = terms;
        _flushThreshold = flushThreshold;
    }

    public int Add(ParagraphDocument document, ArticleInfo article)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        _documentTermIds.Clear();
        _terms.AppendTermIds(document.Text, _documentTermIds);
        var ordinal = AddTokens(CollectionsMarshal.AsSpan(_documentTermIds), document.Outlet, document.Year, document.Stance, article.Date);
        AddSpeakers(document.Speakers);
        return ordinal;
    }

    /// <summary>
    /// Adds the next document as its tokens' term ids (from this builder's <see cref="TermDictionary"/>) with
    /// every facet but the speakers, which the build knows only once the whole corpus is analysed: they follow,
    /// in the same document order, through <see cref="AddSpeakers"/>.
    /// </summary>
    internal int AddTokens(ReadOnlySpan<int> termIds, string outlet, int? year, string stance, string? date)
    {
        var ordinal = _documentLengths.Count;
        if (_pendingCount + termIds.Length > _pendingTermIds.Length)
        {
            // A flush comes once the pending tokens reach the threshold, so they exceed it by one document at most.
            var doubled = Math.Min(_pendingTermIds.Length * 2, _flushThreshold + (1 << 16));
            Array.Resize(ref _pendingTermIds, Math.Max(doubled, _pendingCount + termIds.Length));
        }

        termIds.CopyTo(_pendingTermIds.AsSpan(_pendingCount));
        _pendingCount += termIds.Length;
        _documentLengths.Add(termIds.Length);
        if (_pendingCount >= _flushThreshold)
        {
            FlushPending();
        }

        _dateKeys.Add(DateKey(date));
        _outlets.Add([outlet]);
        _years.Add(year is { } y ? [y.ToString(CultureInfo.InvariantCulture)] : []);
        _stances.Add([stance]);
        return ordinal;
    }

    /// <summary>The speakers of the next document in order that has none yet (see <see cref="AddTokens"/>).</summary>
    internal void AddSpeakers(IReadOnlyList<string> speakers) => _speakers.Add(speakers);

    public SearchIndex Build()
    {
        if (_speakers.DocumentCount != _documentLengths.Count)
        {
            throw new InvalidOperationException($"{_documentLengths.Count} documents were added but {_speakers.DocumentCount} had their speakers.");
        }

        FlushPending();
        var order = Enumerable.Range(0, _postings.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(_postings[a].Term, _postings[b].Term));
        var terms = order.Select(id => _postings[id].Term).ToArray();
        var postings = order.Select(id => _postings[id].Freeze()).ToArray();
        FacetColumn[] facets = [_outlets.Freeze(), _years.Freeze(), _speakers.Freeze(), _stances.Freeze()];
        return new SearchIndex(terms, postings, [.. _documentLengths], [.. _dateKeys], facets);
    }

    /// <summary>yyyymmdd from "YYYY-MM-DD", "YYYY-MM" or "YYYY" (missing parts as 00), else <see cref="SearchIndex.NoDate"/>.</summary>
    internal static int DateKey(string? date)
    {
        if (date is null || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), out var year))
        {
            return SearchIndex.NoDate;
        }

        var month = date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), out var m) ? m : 0;
        var day = date.Length >= 10 && int.TryParse(date.AsSpan(8, 2), out var d) ? d : 0;
        return (year * 10000) + (month * 100) + day;
    }

    /// <summary>
    /// Moves the pending tokens into the postings: a counting sort by term id that keeps document and position
    /// order (so each term's run is ascending), then one sequential append per term.
    /// </summary>
    private void FlushPending()
    {
        // Other threads may have given ids since, but every id pending here was given before its document was added.
        _newTerms.Clear();
        _terms.CopyTermsFrom(_postings.Count, _newTerms);
        _postings.AddRange(_newTerms.Select(term => new PostingsAccumulator(term)));
        var termCount = _postings.Count;
        if (_termStarts.Length < termCount + 1)
        {
            _termStarts = new int[Math.Max(termCount + 1, _termStarts.Length * 2)];
        }

        if (_sortedOccurrences.Length < _pendingCount)
        {
            _sortedOccurrences = new long[_pendingTermIds.Length];
        }

        var starts = _termStarts.AsSpan(0, termCount + 1);
        starts.Clear();
        var pending = _pendingTermIds.AsSpan(0, _pendingCount);
        foreach (var termId in pending)
        {
            starts[termId + 1]++;
        }

        for (var term = 1; term <= termCount; term++)
        {
            starts[term] += starts[term - 1];
        }

        // Scatter (document, position) pairs; starts[t] advances to the end of t's run, which is t + 1's start.
        var document = _flushedDocuments;
        var token = 0;
        for (; document < _documentLengths.Count; document++)
        {
            var length = _documentLengths[document];
            for (var position = 0; position < length; position++)
            {
                var termId = pending[token++];
                _sortedOccurrences[starts[termId]++] = ((long)document << 32) | (uint)position;
            }
        }

        var runStart = 0;
        for (var term = 0; term < termCount; term++)
        {
            var runEnd = starts[term];
            if (runEnd > runStart)
            {
                var postings = _postings[term];
                for (var i = runStart; i < runEnd; i++)
                {
                    var occurrence = _sortedOccurrences[i];
                    postings.AddOccurrence((int)(occurrence >> 32), (int)occurrence);
                }
            }

            runStart = runEnd;
        }

        _flushedDocuments = document;
        _pendingCount = 0;
    }
}
