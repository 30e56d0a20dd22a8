using PolicySearch.Core.Text;

namespace PolicySearch.Core.Echoes;

/// <summary>A word of a paragraph: the hash of its folded letters, and the quotation it lies in (−1 = none).</summary>
internal readonly record struct QuoteWord(ulong Hash, int Quotation);

/// <summary>
/// Reads a paragraph as folded words (case and diacritics folded as the search folds them, punctuation dropped,
/// an apostrophe inside a word joined: "I’m" = "I'm" = "im") and finds its quotations: the text inside straight or
/// curly double quotes (“…”, "…", „…“, «…»). A quotation left open runs to the end of the paragraph, as a quote that
/// continues into the next paragraph is written. A closing curly quote with no quotation open opens one (some
/// outlets type ” for both).
/// </summary>
internal static class QuotationText
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The words of <paramref name="text"/> and the character ranges of its quotations.</summary>
    public static (List<QuoteWord> Words, List<(int Start, int End)> Quotations) Read(string text)
    {
        var words = new List<QuoteWord>();
        var quotations = new List<(int Start, int End)>();
        var open = false;
        var hash = FnvOffset;
        var inWord = false;

        void EndWord()
        {
            if (inWord)
            {
                words.Add(new QuoteWord(hash, open ? quotations.Count - 1 : -1));
                (hash, inWord) = (FnvOffset, false);
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsDoubleQuote(c, out var opening))
            {
                EndWord();
                var opens = opening ?? !open;
                if (c == '\u201D' && !open)
                {
                    opens = true;
                }

                if (open)
                {
                    quotations[^1] = (quotations[^1].Start, i);
                    open = false;
                }

                if (opens)
                {
                    quotations.Add((i + 1, text.Length));
                    open = true;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var folded = CharacterFolding.Fold(c);
                if (folded != CharacterFolding.Dropped)
                {
                    hash = unchecked((hash ^ (uint)folded) * FnvPrime);
                    inWord = true;
                }
            }
            else if (inWord && (c is '\'' or '\u2019' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                     && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // Joined: an apostrophe or a combining mark inside a word.
            }
            else
            {
                EndWord();
            }
        }

        EndWord();
        return (words, quotations);
    }

    /// <summary>Hashes of every run of <paramref name="size"/> consecutive words, with the quotation all of its words lie in (−1 = none).</summary>
    public static IEnumerable<(ulong Hash, int Quotation)> Shingles(List<QuoteWord> words, int size)
    {
        for (var start = 0; start + size <= words.Count; start++)
        {
            var hash = FnvOffset;
            var quotation = words[start].Quotation;
            for (var i = start; i < start + size; i++)
            {
                hash = unchecked((hash ^ words[i].Hash) * FnvPrime);
                if (words[i].Quotation != quotation)
                {
                    quotation = -1;
                }
            }

            yield return (hash, quotation);
        }
    }

    private static bool IsDoubleQuote(char c, out bool? opening)
    {
        opening = c switch
        {
            '\u201C' or '\u201E' or '\u00AB' => true,
            '\u201D' or '\u00BB' => false,
            _ => null,
        };
        return opening is not null || c is '"' or '\u2033' or '\uFF02';
    }
}
