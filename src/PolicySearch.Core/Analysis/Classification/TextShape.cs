using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Classification;

/// <summary>Cheap measurements of a line's typography, used by the structural boilerplate and title rules.</summary>
internal static class TextShape
{
    // Short function words that stay lower-case in Title Case headlines.
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "vs", "via", "into", "over", "per",
    };

    /// <summary>
    /// Whitespace-separated words (as <see cref="char.IsWhiteSpace(char)"/> decides), counted without allocating:
    /// every paragraph of the corpus is counted. Eight characters at a time where they are all printable ASCII,
    /// in which a space is the only whitespace (a word starts at a non-space after a space); character by
    /// character elsewhere. One character at a time it took 1.4% of a 100k build's perf samples.
    /// </summary>
    public static int WordCount(string text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        var count = 0;
        var afterSpace = true;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var space = Vector128.Create((ushort)' ');
            var delete = Vector128.Create((ushort)0x7F);
            for (; i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
                if ((Vector128.LessThan(block, space) | Vector128.GreaterThanOrEqual(block, delete)) != Vector128<ushort>.Zero)
                {
                    count += CountScalar(text, i, i + Vector128<ushort>.Count, ref afterSpace);
                    continue;
                }

                var spaces = Vector128.Equals(block, space).ExtractMostSignificantBits();
                var words = ~spaces & 0xFFu;
                var starts = words & ~((words << 1) | (afterSpace ? 0u : 1u));
                count += BitOperations.PopCount(starts);
                afterSpace = (spaces & 0x80u) != 0;
            }
        }

        return count + CountScalar(text, i, text.Length, ref afterSpace);
    }

    private static int CountScalar(string text, int from, int to, ref bool afterSpace)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            var space = char.IsWhiteSpace(text[k]);
            if (!space && afterSpace)
            {
                count++;
            }

            afterSpace = space;
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

    // A dateline in capitals before a dash, or a place in brackets: "CHICAGO - As …", "SPRINGFIELD, Ill. — The …",
    // "CHICAGO (WLS) -- …", "(CHICAGO, IL) After …".
    private static readonly Regex DatelineOpening = AnalysisRegex.Create(
        @"^([A-Z][A-Z.'’-]*( [A-Z][A-Z.'’-]*){0,3}(, [A-Z][A-Za-z.]{1,5})?( \([^()]{1,30}\))?\s*(—|–|-{1,2})\s|\([A-Z][A-Z.'’ -]{1,30}(, [A-Za-z.]{2,12})?\)\s)");

    /// <summary>
    /// True when the line opens with a dateline: where a news story's body starts, so the line is a lede, never a dek,
    /// and the line above it is no longer the body.
    /// </summary>
    public static bool OpensWithDateline(string text) => DatelineOpening.IsMatch(text);

    private static readonly Regex DateOpening = AnalysisRegex.Create(
        @"^On (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b");

    /// <summary>True when the line opens with a date, "On October 23, 2025, …": how a lede starts, never a dek.</summary>
    public static bool OpensWithDate(string text) => DateOpening.IsMatch(text);

    /// <summary>True when the line ends like a sentence (a full stop, possibly inside a closing quote or bracket).</summary>
    public static bool EndsLikeSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '”', '’', '\'', ')', ']', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!';
    }

    /// <summary>
    /// True when words stand before a social post's picture or short link that ends the line ("Minnesota Gov. Tim Walz,
    /// Illinois… pic.twitter.com/6cylkwAmV0"): the text of an embedded post, which quotes someone, not a headline or a
    /// teaser, however short and capitalised it is. A link alone is an embed code (boilerplate-rules.json).
    /// </summary>
    public static bool EndsWithPostLink(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var last = trimmed[(space + 1)..];
        return last.StartsWith("pic.twitter.com/", StringComparison.OrdinalIgnoreCase)
            || last.StartsWith("https://t.co/", StringComparison.OrdinalIgnoreCase);
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

    /// <summary>The distinct lower-case words of three or more letters or digits, for comparing two lines.</summary>
    public static HashSet<string> ComparableWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0 && i - start >= 3)
            {
                words.Add(text[start..i].ToLowerInvariant());
            }

            start = -1;
        }

        return words;
    }

    /// <summary>True when both lines start with the same <paramref name="words"/> whitespace-separated words.</summary>
    public static bool SameOpening(string a, string b, int words)
    {
        var left = a.Split((char[]?)null, words + 1, StringSplitOptions.RemoveEmptyEntries);
        var right = b.Split((char[]?)null, words + 1, StringSplitOptions.RemoveEmptyEntries);
        if (left.Length < words || right.Length < words)
        {
            return false;
        }

        for (var i = 0; i < words; i++)
        {
            if (!string.Equals(left[i], right[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
