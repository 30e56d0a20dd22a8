using System.Text;
using System.Text.RegularExpressions;

namespace PolicySearch.Core.Analysis.Lexicons;

/// <summary>
/// Turns the plain phrases of the data files into regex alternatives: whole words, any run of spaces or
/// hyphens between words, <c>*</c> as a word-prefix wildcard. Researchers edit phrases, not regexes.
/// </summary>
internal static class PhrasePattern
{
    public static string ToRegex(string phrase)
    {
        var words = phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(@"[\s\-]+");
            }

            var word = words[i];
            if (word == "*")
            {
                builder.Append(@"\w+");
                continue;
            }

            var wildcard = word.EndsWith('*');
            builder.Append(Regex.Escape(wildcard ? word[..^1] : word));
            if (wildcard)
            {
                builder.Append(@"\w*");
            }
        }

        // \b only where the phrase starts/ends with a word character, so "n't" or "$1" still match.
        var text = builder.ToString();
        var start = char.IsLetterOrDigit(phrase.Trim()[0]) ? @"\b" : "";
        var end = char.IsLetterOrDigit(phrase.Trim()[^1]) || phrase.TrimEnd().EndsWith('*') ? @"\b" : "";
        return start + text + end;
    }

    /// <summary>One compiled alternation of all phrases, longest first so that the most specific phrase wins.</summary>
    public static Regex Alternation(IEnumerable<string> phrases, RegexOptions extra = RegexOptions.None)
    {
        var parts = phrases
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .OrderByDescending(p => p.Length)
            .ThenBy(p => p, StringComparer.Ordinal)
            .Select(p => "(?:" + ToRegex(p) + ")");
        return new Regex(string.Join('|', parts), RegexOptions.Compiled | RegexOptions.CultureInvariant | extra);
    }
}
