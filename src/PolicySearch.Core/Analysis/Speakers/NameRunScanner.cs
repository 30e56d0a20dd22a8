using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>A word of a name run, with its span; <see cref="Nickname"/> when written in quotes (Robert "Bob" Stone).</summary>
internal sealed record NameToken(string Text, int Start, int End, bool Nickname);

/// <summary>
/// Cuts a paragraph into runs of capitalised words joined by spaces or by connectors inside organisation
/// names ("Federation for American Immigration Reform"). Punctuation, lower-case words and parentheses end a run.
/// </summary>
internal static class NameRunScanner
{
    private static readonly FrozenSet<string> Connectors = NameRunParser.Connectors;

    private static readonly Regex NicknameGap = AnalysisRegex.Create(@"^\s*[""“”]?\s*$");

    // Each thread's lists for the runs of its current paragraph, reused for its next one: a paragraph's runs are
    // read before the next paragraph's are asked for, and the parser keeps none of the lists (only strings).
    // A list per run and its growth had been ~90 MiB of a 100k-paragraph build's allocations.
    [ThreadStatic]
    private static RunLists? runLists;

    /// <summary>The runs of <paramref name="text"/>; the lists are the calling thread's, valid until its next call.</summary>
    public static List<List<NameToken>> Runs(string text)
    {
        var lists = runLists ??= new RunLists();
        var runs = lists.Start();
        var current = lists.Rent();
        List<NameToken>? pendingConnectors = null;
        (int Start, int End, bool Nickname) previous = (-1, -1, false);

        var i = 0;
        while (NextSpan(text, ref i, out var start, out var end, out var nickname))
        {
            var joined = previous.Start >= 0
                && (IsSpaces(text, previous.End, start) || ((nickname || previous.Nickname) && NicknameGap.IsMatch(text.AsSpan(previous.End, start - previous.End))));
            var capitalised = char.IsUpper(text[start]);
            var connector = !capitalised && joined && current.Count > 0 ? Connector(text.AsSpan(start, end - start)) : null;
            if (connector is "a" or "an" && pendingConnectors is not [.., { Text: "for" }])
            {
                connector = null;
            }

            previous = (start, end, nickname);

            if (capitalised && joined && current.Count > 0)
            {
                if (pendingConnectors is { Count: > 0 })
                {
                    current.AddRange(pendingConnectors);
                }

                current.Add(new NameToken(text[start..end], start, end, nickname));
            }
            else if (connector is not null)
            {
                (pendingConnectors ??= lists.Rent()).Add(new NameToken(connector, start, end, false));
                continue;
            }
            else
            {
                // Lower-case words end a run and are never materialised: most words of a paragraph are these.
                // The (empty) current list is reused rather than replaced for each of them.
                if (current.Count > 0)
                {
                    runs.Add(current);
                    current = lists.Rent();
                }

                if (capitalised && !(start > 0 && text[start - 1] == '('))
                {
                    current.Add(new NameToken(text[start..end], start, end, nickname));
                }
            }

            pendingConnectors?.Clear();
        }

        if (current.Count > 0)
        {
            runs.Add(current);
        }

        return runs;
    }

    /// <summary>Lists handed out for one paragraph's runs, cleared, and handed out again from the first for the next.</summary>
    private sealed class RunLists
    {
        private readonly List<List<NameToken>> _runs = [];
        private readonly List<List<NameToken>> _lists = [];
        private int _rented;

        /// <summary>Starts a paragraph: every list may be handed out again; returns the (empty) list of runs.</summary>
        public List<List<NameToken>> Start()
        {
            _runs.Clear();
            _rented = 0;
            return _runs;
        }

        public List<NameToken> Rent()
        {
            if (_rented == _lists.Count)
            {
                _lists.Add([]);
            }

            var list = _lists[_rented++];
            list.Clear();
            return list;
        }
    }

    /// <summary>
    /// The next word span as names need them: letters, digits, inner apostrophes and hyphens ("O'Brien", "Miami-Dade"),
    /// inner periods ("U.S.") and one final period ("Gov.", "P."). A hand-written scanner: it runs on every paragraph.
    /// </summary>
    private static bool NextSpan(string text, ref int i, out int start, out int end, out bool nickname)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        end = i;
        nickname = false;
        if (i >= text.Length)
        {
            return false;
        }

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

        end = i;
        nickname = start > 0 && text[start - 1] is '"' or '“' && i < text.Length && text[i] is '"' or '”';
        return true;
    }

    /// <summary>The connector this word is (the shared string), or null: no allocation for ordinary words.</summary>
    private static string? Connector(ReadOnlySpan<char> word)
    {
        foreach (var connector in Connectors)
        {
            if (word.SequenceEqual(connector))
            {
                return connector;
            }
        }

        return null;
    }

    private static bool IsSpaces(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (text[k] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }
}
