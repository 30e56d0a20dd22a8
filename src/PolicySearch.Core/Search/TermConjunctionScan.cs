using System.Numerics;
using PolicySearch.Core.Querying.Execution;

namespace PolicySearch.Core.Search;

/// <summary>
/// An AND of dense terms (<c>said AND summary</c>) matched a window of documents at a time: the rarest term marks
/// its documents in a bit set, read posting by posting; every further term is at least as dense, so it is
/// intersected through its <see cref="PostingBits"/>, 64 documents a step, and its frequency is read for the
/// survivors alone. The survivors come out in order with every term's frequency. A leapfrog instead asks the
/// denser term to advance to each candidate of the rarer one, which for two common words costs more than
/// decoding the denser list straight through, and that in turn more than its bits. Sparse leaders are left
/// to the leapfrog (<see cref="For"/>): there the skips win.
/// </summary>
internal sealed class TermConjunctionScan
{
    public const int WindowSize = 4096;

    // The rarest term, read posting by posting, and the frequency of each window slot it holds.
    private PostingsCursor _lead;
    private readonly int[] _leadFrequencies = new int[WindowSize];

    // The further terms, intersected by their bits.
    private readonly TermPostings[] _others;
    private readonly PostingBits[] _otherBits;

    private readonly ulong[] _matched = new ulong[WindowSize / 64];
    private int _windowStart;

    private TermConjunctionScan(IReadOnlyList<TermIterator> terms, int documentCount)
    {
        _lead = new PostingsCursor(terms[0].Postings);
        _others = [.. terms.Skip(1).Select(term => term.Postings)];
        _otherBits = [.. _others.Select(postings => postings.Bits(documentCount))];
    }

    /// <summary>How many terms are AND-ed.</summary>
    public int TermCount => _others.Length + 1;

    /// <summary>
    /// The scan of <paramref name="terms"/> (rarest first, unstarted) when even the rarest is in at least one of
    /// <see cref="MinimumLeadShare"/> documents; otherwise null.
    /// </summary>
    public static TermConjunctionScan? For(IReadOnlyList<TermIterator> terms, int documentCount) =>
        terms.Count > 1 && terms.All(term => term.Doc == -1) && terms[0].Postings.DocumentFrequency >= documentCount / MinimumLeadShare
            ? new TermConjunctionScan(terms, documentCount)
            : null;

    /// <summary>A leader in fewer than one in this many documents is matched by the leapfrog instead.</summary>
    public const int MinimumLeadShare = 16;

    /// <summary>
    /// Fills <paramref name="documents"/> (at least <see cref="WindowSize"/> long) with the matches of the next window
    /// that has any, and <paramref name="frequencies"/> (at least <see cref="WindowSize"/> × <see cref="TermCount"/>)
    /// with their term frequencies, match by match; returns how many, or 0 when no match is left.
    /// </summary>
    public int NextWindow(int[] documents, double[] frequencies)
    {
        var termCount = TermCount;
        while (_lead.Document != DocIterator.NoMoreDocs)
        {
            var first = _lead.Document;
            _windowStart = Math.Max(_windowStart, first - (first % WindowSize));
            var windowEnd = _windowStart + WindowSize;
            MarkLead(windowEnd);

            // Window starts are multiples of 4,096, so window word w is bit word windowStart / 64 + w of every term.
            var firstWord = _windowStart >> 6;
            foreach (var bits in _otherBits)
            {
                for (var word = 0; word < _matched.Length; word++)
                {
                    _matched[word] &= bits.Word(firstWord + word);
                }
            }

            var filled = 0;
            for (var word = 0; word < _matched.Length; word++)
            {
                var matched = _matched[word];
                while (matched != 0)
                {
                    var slot = (word * 64) + BitOperations.TrailingZeroCount(matched);
                    matched &= matched - 1;
                    var document = _windowStart + slot;
                    documents[filled] = document;
                    var at = filled * termCount;
                    frequencies[at] = _leadFrequencies[slot];
                    for (var t = 0; t < _others.Length; t++)
                    {
                        frequencies[at + 1 + t] = _others[t].FrequencyAt(_otherBits[t].PostingIndexOf(document));
                    }

                    filled++;
                }

                _matched[word] = 0;
            }

            _windowStart = windowEnd;
            if (filled > 0)
            {
                return filled;
            }
        }

        return 0;
    }

    /// <summary>Reads the rarest term's postings below <paramref name="windowEnd"/>, setting each one's bit and noting its frequency.</summary>
    private void MarkLead(int windowEnd)
    {
        for (; _lead.Document < windowEnd; _lead.MoveNext())
        {
            var slot = _lead.Document - _windowStart;
            _matched[slot >> 6] |= 1UL << slot;
            _leadFrequencies[slot] = _lead.Postings.FrequencyAt(_lead.Index);
        }
    }
}
