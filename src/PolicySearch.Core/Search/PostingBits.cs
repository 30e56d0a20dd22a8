using System.Numerics;

namespace PolicySearch.Core.Search;

/// <summary>
/// A dense term's documents as one bit per document, with a running count per 64-bit word, so that an AND can
/// intersect 64 documents with one instruction instead of decoding the term's postings, and still find a matched
/// document's posting (for its frequency) with one popcount. Built on first use for the terms that need it
/// (<see cref="TermPostings.Bits"/>), never at load, so a restart does not pay for it: at 1M paragraphs one
/// costs 183 KiB (N/8 bytes of bits and N/16 of counts) and takes a few milliseconds to build.
/// </summary>
internal sealed class PostingBits
{
    private readonly ulong[] _words;

    // Postings in the words before each word: the index of a document's posting is this plus the bits below it.
    private readonly int[] _postingsBefore;

    private PostingBits(ulong[] words, int[] postingsBefore)
    {
        _words = words;
        _postingsBefore = postingsBefore;
    }

    public static PostingBits Of(TermPostings postings, int documentCount)
    {
        var words = new ulong[(documentCount + 63) / 64];
        for (var cursor = new PostingsCursor(postings); cursor.Index < postings.DocumentFrequency; cursor.MoveNext())
        {
            words[cursor.Document >> 6] |= 1UL << cursor.Document;
        }

        var postingsBefore = new int[words.Length];
        for (int word = 0, count = 0; word < words.Length; word++)
        {
            postingsBefore[word] = count;
            count += BitOperations.PopCount(words[word]);
        }

        return new PostingBits(words, postingsBefore);
    }

    /// <summary>The 64 documents from <c>64 × <paramref name="word"/></c> on, one bit each (0 past the last document).</summary>
    public ulong Word(int word) => word < _words.Length ? _words[word] : 0;

    /// <summary>The index of <paramref name="document"/>'s posting; the term must hold the document.</summary>
    public int PostingIndexOf(int document)
    {
        var word = document >> 6;
        return _postingsBefore[word] + BitOperations.PopCount(_words[word] & ((1UL << document) - 1));
    }
}
