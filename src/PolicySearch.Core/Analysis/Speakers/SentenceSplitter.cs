using System.Buffers;
using System.Collections.Frozen;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Splits a paragraph into sentences for attribution ("X said" and the participle "…, saying" must share a
/// sentence). A sentence ends at . ! ? outside quoted words (or right before a closing quote) when the next
/// word starts with a capital or a quote; "Gov.", "U.S." and initials such as "P." do not end a sentence.
/// </summary>
internal sealed class SentenceSplitter(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> abbreviations)
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?");

    public IReadOnlyList<(int Start, int End)> Split(string text, QuoteMap quotes)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Straight to the next candidate end, with a vectorised search: most characters are none.
            var next = text.AsSpan(i).IndexOfAny(SentenceEnds);
            if (next < 0)
            {
                break;
            }

            i += next;

            var j = i + 1;
            while (j < text.Length && text[j] is '”' or '"' or '’' or '\'' or ')' or ']')
            {
                j++;
            }

            var closesQuote = j > i + 1;
            if (quotes.IsQuoted(i) && !closesQuote)
            {
                continue;
            }

            if (j < text.Length && !char.IsWhiteSpace(text[j]))
            {
                continue;
            }

            var k = j;
            while (k < text.Length && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            var nextStartsSentence = k >= text.Length || char.IsUpper(text[k]) || text[k] is '“' or '"' or '‘';
            if (!nextStartsSentence || (text[i] == '.' && !closesQuote && IsAbbreviation(text, i)))
            {
                continue;
            }

            sentences.Add((start, j));
            start = k;
            i = k - 1;
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }

        return sentences;
    }

    /// <summary>The full stop at <paramref name="period"/> closes an abbreviation or an initial, not a sentence.</summary>
    public bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '“' or '"'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period + 1 - wordStart);
        // A single capital with a period is an initial ("Leo P. Grant").
        return abbreviations.Contains(word) || (word.Length == 2 && char.IsUpper(word[0]))
            || (word.Length == 4 && char.IsUpper(word[0]) && word[1] == '.' && char.IsUpper(word[2]));
    }
}
