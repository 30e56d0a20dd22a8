using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Finds runs of capitalised words ("Ohio Republican Gov. Omar Haddad", "Federation for American
/// Immigration Reform") and reads each as a titled person, an outlet, an organisation or a bare name.
/// Titles are dropped from names ("state Sen. Mark Hill" gives "Mark Hill") but remembered as the
/// person's role and place, which later resolve "the governor" and name "the governor's office".
/// </summary>
internal sealed partial class NameRunParser(AnalysisLexicon lexicon)
{
    /// <summary>Lower-case words that may join the words of an organisation's name.</summary>
    internal static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "the", "de", "del", "da", "la", "van", "von", "der", "di", "du", "le", "on", "&" };

    // Particles that belong inside a person's name ("Kevin de León", "Ursula von der Leyen"), unlike "of" or "and".
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "del", "da", "la", "van", "von", "der", "di", "du", "le" };

    [GeneratedRegex(@"^\s*\((?<acronym>\p{Lu}[\p{Lu}&.]{1,9})\)", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymAfter();


    public IEnumerable<Mention> Find(string text, string? articleOutlet)
    {
        foreach (var raw in NameRunScanner.Runs(text))
        {
            var possessive = false;
            var run = Clean(raw, ref possessive);

            // Most runs are one capitalised sentence opener ("The", "But", "During"): no need to read them.
            if (run.Count == 0 || (run.Count == 1 && (lexicon.SentenceOpeners.Contains(run[0].Text) || lexicon.NotNames.Contains(run[0].Text))))
            {
                continue;
            }

            foreach (var mention in Read(run, possessive, text, articleOutlet))
            {
                yield return mention;
            }
        }
    }

    private IEnumerable<Mention> Read(List<NameToken> run, bool possessive, string text, string? articleOutlet)
    {
        // "Attorney General Ann Lee and Dayton Mayor Bo Park": two titled people, not one name.
        var andAt = run.FindIndex(t => t.Text == "and");
        if (andAt > 0 && andAt < run.Count - 1 && HasTitle(run) && !run.Any(t => lexicon.OrgHeadWords.Contains(t.Text)))
        {
            return Read(run[..andAt], false, text, articleOutlet).Concat(Read(run[(andAt + 1)..], possessive, text, articleOutlet));
        }

        var words = run.Select(t => t.Text).ToList();
        var titled = ReadTitled(run, possessive);
        if (titled is not null)
        {
            return [titled];
        }

        var start = run[0].Start;
        var end = run[^1].End;
        var withoutThe = string.Join(' ', words[0] is "The" or "the" ? words.Skip(1) : words);
        if (IsOutlet(words, withoutThe, articleOutlet))
        {
            return [new Mention(start, end, MentionKind.Outlet, withoutThe) { Possessive = possessive }];
        }

        if (lexicon.OrgAliases.TryGetValue(withoutThe, out var canonical))
        {
            return [Organisation(start, end, canonical, possessive, text)];
        }

        // Sentence openers and connectors are not part of a name: "While the DOJ", "During".
        var skip = 0;
        while (skip < run.Count - 1 && (lexicon.SentenceOpeners.Contains(run[skip].Text) || Connectors.Contains(run[skip].Text)))
        {
            skip++;
        }

        if (skip > 0)
        {
            return Read(run[skip..], possessive, text, articleOutlet);
        }

        // An organisation needs more than its head word: "Council" or "Senate" alone names nothing.
        var meaningful = run.Count(t => !Connectors.Contains(t.Text));
        if (meaningful >= 2 && words.Any(lexicon.OrgHeadWords.Contains))
        {
            return [Organisation(start, end, withoutThe, possessive, text)];
        }

        if (run.Count == 1 && IsAcronym(words[0]))
        {
            // Resolved against the article's defined acronyms ("(FAIR)") when the discourse registers it.
            return [new Mention(start, end, MentionKind.Organisation, words[0]) { Possessive = possessive }];
        }

        var groups = SplitAtConnectors(run).ToList();
        if (groups.Count > 1)
        {
            return groups.SelectMany(g => Read(g, possessive && g[^1] == run[^1], text, articleOutlet));
        }

        var person = ReadPlainName(run, possessive);
        return person is null ? [] : [person];
    }

    private static Mention Organisation(int start, int end, string name, bool possessive, string text)
    {
        var acronym = AcronymAfter().Match(text[end..]);
        return new Mention(start, end, MentionKind.Organisation, name)
        {
            Possessive = possessive,
            Acronym = acronym.Success ? acronym.Groups["acronym"].Value : null,
        };
    }

    private List<NameToken> Clean(List<NameToken> run, ref bool possessive)
    {
        var tokens = new List<NameToken>(run);
        var last = tokens[^1];
        var text = last.Text;
        if (text.EndsWith('.') && !lexicon.Abbreviations.Contains(text) && !IsInitial(text))
        {
            text = text[..^1];
        }

        if (text.EndsWith("’s", StringComparison.Ordinal) || text.EndsWith("'s", StringComparison.Ordinal))
        {
            text = text[..^2];
            possessive = true;
        }
        else if (text.Length > 1 && text[^1] is '’' or '\'' && text[^2] == 's')
        {
            text = text[..^1];
            possessive = true;
        }

        tokens[^1] = last with { Text = text, End = last.Start + text.Length };
        if (text.Length == 0)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }

    private bool HasTitle(List<NameToken> run) => run.Any(t => lexicon.Titles.ContainsKey(t.Text));

    /// <summary>"Dayton Mayor Maria Lopez": the name after the last title, with role and place.</summary>
    private Mention? ReadTitled(List<NameToken> run, bool possessive)
    {
        for (var end = run.Count - 2; end >= 0; end--)
        {
            for (var length = Math.Min(lexicon.MaxTitleTokens, end + 1); length >= 1; length--)
            {
                var first = end - length + 1;
                var title = string.Join(' ', run[first..(end + 1)].Select(t => t.Text));
                if (!lexicon.Titles.TryGetValue(title, out var role))
                {
                    continue;
                }

                // The name ends at a connector or a non-name word: "Gov. Ann Lee on Tuesday" is Ann Lee.
                var tail = run[(end + 1)..].TakeWhile(t => !Connectors.Contains(t.Text) && !lexicon.NotNames.Contains(t.Text)).ToList();
                if (tail.Count is 0 or > 4 || tail.Any(t => lexicon.OrgHeadWords.Contains(t.Text) || lexicon.Titles.ContainsKey(t.Text)))
                {
                    return null;
                }

                var place = string.Join(' ', run[..first]
                    .Select(t => t.Text)
                    .Where(w => !lexicon.PartyWords.Contains(w) && !Connectors.Contains(w) && !lexicon.NotNames.Contains(w) && !lexicon.Titles.ContainsKey(w)));
                return new Mention(run[0].Start, tail[^1].End, MentionKind.Person, PersonName(tail))
                {
                    Role = role.Length == 0 ? null : role,
                    Place = place.Length == 0 ? null : place,
                    Gender = GenderOf(title),
                    Possessive = possessive,
                };
            }
        }

        return null;
    }

    private Mention? ReadPlainName(List<NameToken> group, bool possessive)
    {
        var tokens = group.SkipWhile(t => lexicon.NotNames.Contains(t.Text) || lexicon.PartyWords.Contains(t.Text)).ToList();
        if (tokens.Count is 0 or > 4
            || lexicon.NotNameTails.Contains(tokens[^1].Text)
            || lexicon.NotNames.Contains(tokens[^1].Text)
            || tokens.Any(t => lexicon.Titles.ContainsKey(t.Text) || lexicon.OrgHeadWords.Contains(t.Text))
            || !tokens.All(t => LooksLikeNamePart(t.Text) || NameParticles.Contains(t.Text))
            || NameParticles.Contains(tokens[^1].Text))
        {
            return null;
        }

        return new Mention(tokens[0].Start, tokens[^1].End, MentionKind.Person, PersonName(tokens)) { Possessive = possessive };
    }

    private static IEnumerable<List<NameToken>> SplitAtConnectors(List<NameToken> run)
    {
        var group = new List<NameToken>();
        foreach (var token in run)
        {
            if (Connectors.Contains(token.Text) && !NameParticles.Contains(token.Text))
            {
                if (group.Count > 0)
                {
                    yield return group;
                }

                group = [];
            }
            else
            {
                group.Add(token);
            }
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    /// <summary>Robert "Bob" Stone is known as Bob Stone: a quoted nickname replaces the first names.</summary>
    private static string PersonName(List<NameToken> tokens)
    {
        var nickname = tokens.FirstOrDefault(t => t.Nickname);
        return nickname is not null && tokens[^1] != nickname
            ? nickname.Text + " " + tokens[^1].Text
            : string.Join(' ', tokens.Select(t => t.Text));
    }

    private bool IsOutlet(List<string> words, string withoutThe, string? articleOutlet) =>
        lexicon.OutletNames.Contains(withoutThe)
        || words.Any(lexicon.OutletWords.Contains)
        || (words.Count == 1 && lexicon.CallSign.IsMatch(words[0]))
        || (articleOutlet is not null && string.Equals(withoutThe, articleOutlet, StringComparison.OrdinalIgnoreCase))
        || (words.Count > 0 && lexicon.OutletNames.Contains(words[0]) && words[0] != "The");

    private Gender GenderOf(string title) =>
        lexicon.MaleWords.Contains(title) ? Gender.Male : lexicon.FemaleWords.Contains(title) ? Gender.Female : Gender.Unknown;

    private static bool IsInitial(string token) => token.Length == 2 && char.IsUpper(token[0]) && token[1] == '.';

    private static bool IsAcronym(string token) => token.Length is >= 2 and <= 8 && token.All(c => char.IsUpper(c) || c == '.' || c == '&');

    private static bool LooksLikeNamePart(string token) =>
        IsInitial(token) || (char.IsUpper(token[0]) && token.Any(char.IsLower));
}
