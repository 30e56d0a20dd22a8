namespace PolicySearch.Core.Analysis.Lexicons;

/// <summary>One word of a paragraph: its span, its lower-case form (curly apostrophes made straight) and whether it was capitalised.</summary>
internal readonly record struct Word(int Start, int End, string Lower, bool Capitalised);

/// <summary>
/// Splits text into words (letters, digits and inner apostrophes; hyphens and everything else separate words),
/// in one pass and without regexes, because every paragraph of a large corpus goes through it several times.
/// </summary>
internal static class WordTokenizer
{
    public static List<Word> Tokenize(string text)
    {
        var words = new List<Word>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words.Add(new Word(start, i, Lower(text, start, i), char.IsUpper(text[start])));
        }

        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static string Lower(string text, int start, int end)
    {
        return string.Create(end - start, (text, start), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++)
            {
                var c = state.text[state.start + k];
                span[k] = c == '’' ? '\'' : char.ToLowerInvariant(c);
            }
        });
    }
}
