namespace PolicySearch.Core.Analysis.Classification;

/// <summary>Cheap measurements of a line's typography, used by the structural boilerplate and title rules.</summary>
internal static class TextShape
{
    // Short function words that stay lower-case in Title Case headlines.
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "vs", "via", "into", "over", "per",
    };

    /// <summary>Whitespace-separated words, counted without allocating: every paragraph of the corpus is counted.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>Share of letters that are upper-case (0 when the line has no letters).</summary>
    public static double UpperCaseLetterShare(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters == 0 ? 0 : (double)upper / letters;
    }

    /// <summary>Share of words that start with a capital, ignoring the small words headlines keep lower-case.</summary>
    public static double TitleCaseShare(string text)
    {
        int counted = 0, capitalised = 0;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('"', '“', '”', '‘', '’', '\'', '(', ')', ',', ':', ';', '-', '–', '—', '?', '!', '.', '…');
            if (word.Length == 0 || !char.IsLetter(word[0]) || SmallWords.Contains(word))
            {
                continue;
            }

            counted++;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
        }

        return counted == 0 ? 0 : (double)capitalised / counted;
    }

    /// <summary>True when the line ends like a sentence (a full stop, possibly inside a closing quote or bracket).</summary>
    public static bool EndsLikeSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '”', '’', '\'', ')', ']', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!';
    }

    /// <summary>Text reduced to lower-case letters and digits, for comparing a line with the headline.</summary>
    public static string Comparable(string text)
    {
        Span<char> chars = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars[..length]);
    }
}
