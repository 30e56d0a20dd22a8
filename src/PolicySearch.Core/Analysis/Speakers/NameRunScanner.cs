using System.Text.RegularExpressions;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>A word of a name run, with its span; <see cref="Nickname"/> when written in quotes (Emanuel "Chris" Welch).</summary>
internal sealed record NameToken(string Text, int Start, int End, bool Nickname);

/// <summary>
/// Cuts a paragraph into runs of capitalised words joined by spaces or by connectors inside organisation
/// names ("Federation for American Immigration Reform"). Punctuation, lower-case words and parentheses end a run.
/// </summary>
internal static partial class NameRunScanner
{
    private static readonly HashSet<string> Connectors = NameRunParser.Connectors;

    [GeneratedRegex(@"^\s*[""“”]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NicknameGap();

    public static List<List<NameToken>> Runs(string text)
    {
        var runs = new List<List<NameToken>>();
        var current = new List<NameToken>();
        var pendingConnectors = new List<NameToken>();
        NameToken? previous = null;

        foreach (var token in NameTokens(text))
        {
            var gap = previous is null ? "" : text[previous.End..token.Start];
            var joined = previous is not null && (IsSpaces(gap) || ((token.Nickname || previous.Nickname) && NicknameGap().IsMatch(gap)));
            var capitalised = char.IsUpper(token.Text[0]);

            if (capitalised && joined && current.Count > 0)
            {
                current.AddRange(pendingConnectors);
                current.Add(token);
            }
            else if (!capitalised && joined && current.Count > 0 && Connectors.Contains(token.Text))
            {
                pendingConnectors.Add(token);
                previous = token;
                continue;
            }
            else
            {
                Close(runs, current);
                current = capitalised && !InsideParentheses(text, token) ? [token] : [];
            }

            pendingConnectors.Clear();
            previous = token;
        }

        Close(runs, current);
        return runs;
    }

    /// <summary>
    /// Words as names need them: letters, digits, inner apostrophes and hyphens ("O'Malley", "Miami-Dade"),
    /// inner periods ("U.S.") and one final period ("Gov.", "P."). A hand-written scanner: it runs on every paragraph.
    /// </summary>
    private static IEnumerable<NameToken> NameTokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c) || c is '\'' or '’' or '-')
                {
                    i++;
                }
                else if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
            }

            var nickname = start > 0 && text[start - 1] is '"' or '“' && i < text.Length && text[i] is '"' or '”';
            yield return new NameToken(text[start..i], start, i, nickname);
        }
    }

    private static void Close(List<List<NameToken>> runs, List<NameToken> current)
    {
        if (current.Count > 0)
        {
            runs.Add(current);
        }
    }

    private static bool IsSpaces(string gap) => gap.Length > 0 && gap.All(c => c == ' ' || c == '\u00A0');

    // "(D-Hillside)", "(R)": party and district tags in parentheses are not names.
    private static bool InsideParentheses(string text, NameToken token) => token.Start > 0 && text[token.Start - 1] == '(';
}
