using System.Runtime.CompilerServices;

namespace PolicySearch.Core.Search;

/// <summary>One collected hit: its ordinal, its score and its sort key.</summary>
internal readonly record struct RankedHit(int Document, double Score, int SortKey);

/// <summary>
/// Keeps the best <c>capacity</c> hits in a binary heap whose root is the worst kept hit, so each hit costs
/// O(1) when it cannot enter and O(log k) when it can. Order: sort key descending (0 for relevance; the date
/// for newest; the negated date for oldest; undated articles last), then score descending, then ordinal
/// ascending — a total order, so ties are stable.
/// </summary>
internal sealed class TopHits(SortOrder sort, int capacity, int[] dateKeys)
{
    private readonly RankedHit[] _heap = new RankedHit[capacity];
    private int _count;

    // A score at or below this cannot enter: with ascending documents, for relevance once the heap is full, a
    // score not above the worst kept one loses every tie. −∞ while anything may enter; +∞ when nothing is kept.
    private double _rejectAtOrBelow = capacity == 0 ? double.PositiveInfinity : double.NegativeInfinity;

    /// <summary>Offers a hit. Documents must arrive in ascending order (they do, from the iterators).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per hit; nearly every hit of a large result is rejected here
    public void Offer(int document, double score)
    {
        if (score > _rejectAtOrBelow)
        {
            Insert(document, score);
        }
    }

    /// <summary>A hit past <see cref="Offer"/>'s threshold, which already turned away every hit that cannot enter by score.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // the rare path, kept out of the hit loops
    private void Insert(int document, double score)
    {
        var hit = new RankedHit(document, score, SortKey(document));
        if (_count < capacity)
        {
            _heap[_count] = hit;
            SiftUp(_count++);
        }
        else if (IsBetter(hit, _heap[0]))
        {
            _heap[0] = hit;
            SiftDown(0);
        }

        if (_count == capacity && sort == SortOrder.Relevance)
        {
            _rejectAtOrBelow = _heap[0].Score;
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public RankedHit[] ToRankedArray()
    {
        var ranked = _heap[.._count];
        Array.Sort(ranked, (a, b) => IsBetter(a, b) ? -1 : IsBetter(b, a) ? 1 : 0);
        return ranked;
    }

    private int SortKey(int document) => sort switch
    {
        SortOrder.Relevance => 0,
        _ when dateKeys[document] == SearchIndex.NoDate => int.MinValue,
        SortOrder.Newest => dateKeys[document],
        _ => -dateKeys[document],
    };

    private static bool IsBetter(RankedHit a, RankedHit b) =>
        a.SortKey != b.SortKey ? a.SortKey > b.SortKey
        : a.Score != b.Score ? a.Score > b.Score
        : a.Document < b.Document;

    private void SiftUp(int index)
    {
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (!IsBetter(_heap[parent], _heap[index]))
            {
                return;
            }

            (_heap[parent], _heap[index]) = (_heap[index], _heap[parent]);
            index = parent;
        }
    }

    private void SiftDown(int index)
    {
        while (true)
        {
            var worst = index;
            foreach (var child in (ReadOnlySpan<int>)[(2 * index) + 1, (2 * index) + 2])
            {
                if (child < _count && IsBetter(_heap[worst], _heap[child]))
                {
                    worst = child;
                }
            }

            if (worst == index)
            {
                return;
            }

            (_heap[worst], _heap[index]) = (_heap[index], _heap[worst]);
            index = worst;
        }
    }
}
