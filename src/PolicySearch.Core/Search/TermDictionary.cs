using System.Collections.Concurrent;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Search;

/// <summary>
/// Term ids for one index build, shared by the threads that tokenize documents (<see cref="TermIds"/>): an id is
/// given on first sight, so ids depend on thread timing, but <see cref="SearchIndexBuilder.Build"/> orders the
/// terms by string and the finished index does not. A surface → id cache sits in front, one per concurrent caller (taken
/// from a pool for each call, so no thread-local state outlives the build), so the shared dictionary and its
/// lock are reached about once per distinct surface form per thread.
/// </summary>
internal sealed class TermDictionary
{
    private readonly ConcurrentDictionary<string, int> _idsByTerm = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Lock _adding = new();
    private readonly ConcurrentBag<SurfaceTermCache> _surfaceCaches = [];

    /// <summary>Appends the term ids of <paramref name="text"/>'s tokens, in order, to <paramref name="termIds"/>.</summary>
    public void AppendTermIds(string text, List<int> termIds)
    {
        var cache = RentSurfaceCache();
        AppendTermIds(text, termIds, cache);
        _surfaceCaches.Add(cache);
    }

    /// <summary>The term ids of each text's tokens, in order.</summary>
    public int[][] TermIds(IReadOnlyList<string> texts)
    {
        var cache = RentSurfaceCache();
        var termIds = new List<int>();
        var result = new int[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            termIds.Clear();
            AppendTermIds(texts[i], termIds, cache);
            result[i] = [.. termIds];
        }

        _surfaceCaches.Add(cache);
        return result;
    }

    private SurfaceTermCache RentSurfaceCache() => _surfaceCaches.TryTake(out var cache) ? cache : new SurfaceTermCache();

    /// <summary>Tokens looked up together, so that their slots are read ahead in one go (see <see cref="SurfaceTermCache.Touch"/>).</summary>
    private const int LookupBatch = 64;

    private void AppendTermIds(string text, List<int> termIds, SurfaceTermCache surfaces)
    {
        Span<int> starts = stackalloc int[LookupBatch];
        Span<int> lengths = stackalloc int[LookupBatch];
        Span<int> hashes = stackalloc int[LookupBatch];
        var tokenizer = new Tokenizer(text);
        var more = true;
        while (more)
        {
            var count = 0;
            while (count < LookupBatch && (more = tokenizer.MoveNext()))
            {
                starts[count] = tokenizer.Start;
                lengths[count] = tokenizer.End - tokenizer.Start;
                hashes[count] = SurfaceTermCache.Hash(tokenizer.Current);
                count++;
            }

            surfaces.Touch(hashes[..count]);
            for (var k = 0; k < count; k++)
            {
                var surface = text.AsSpan(starts[k], lengths[k]);
                var termId = surfaces.Find(surface, hashes[k]);
                if (termId < 0)
                {
                    termId = IdOf(TextAnalyzer.AnalyzeToken(surface));
                    surfaces.Add(surface, hashes[k], termId);
                }

                termIds.Add(termId);
            }
        }
    }

    /// <summary>Appends the terms with ids <paramref name="start"/>.. (every id given so far) to <paramref name="terms"/>.</summary>
    public void CopyTermsFrom(int start, List<string> terms)
    {
        lock (_adding)
        {
            for (var id = start; id < _terms.Count; id++)
            {
                terms.Add(_terms[id]);
            }
        }
    }

    private int IdOf(string term)
    {
        if (_idsByTerm.TryGetValue(term, out var id))
        {
            return id;
        }

        lock (_adding)
        {
            if (!_idsByTerm.TryGetValue(term, out id))
            {
                id = _terms.Count;
                _terms.Add(term);
                _idsByTerm[term] = id;
            }

            return id;
        }
    }
}
