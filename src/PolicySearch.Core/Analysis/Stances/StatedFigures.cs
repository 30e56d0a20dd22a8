using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// "DHS said it has arrested more than 400,000 illegal immigrants", "The DOJ alleges ICE has detained around 13,500
/// people": figures and counts are facts (STANCE_GUIDELINES: counts are neutral), whoever states them, so a paragraph
/// that states one takes no side from its speaker's stance elsewhere in the article; its own cues still count.
/// </summary>
internal static class StatedFigures
{
    private const int MinDigits = 3;

    /// <summary>
    /// True when the text holds a number of at least three digits ("550", "13,500", "4,015"), a year excepted
    /// ("2016", "1987": four digits from 1900 to 2099 without a separator). One pass over the characters.
    /// </summary>
    public static bool Any(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            var digits = 0;
            var separated = false;
            var value = 0;
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > start)))
            {
                if (text[i] == ',')
                {
                    separated = true;
                }
                else
                {
                    digits++;
                    value = digits <= 4 ? (value * 10) + (text[i] - '0') : value;
                }

                i++;
            }

            var year = !separated && digits == 4 && value is >= 1900 and <= 2099;
            if (digits >= MinDigits && !year && (i >= text.Length || !char.IsLetter(text[i])) && !AfterNameOrVote(text, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "HB 4187", "Measure 105", "SB 1070", "Yes on 105": a number right after a capitalised word or "on" names a bill
    /// or a measure, not a count.
    /// </summary>
    private static bool AfterNameOrVote(string text, int start)
    {
        var (begin, end) = WordTokenizer.WordBefore(text, start);
        return begin < end && (char.IsUpper(text[begin]) || text.AsSpan(begin, end - begin).Equals("on", StringComparison.OrdinalIgnoreCase));
    }
}
