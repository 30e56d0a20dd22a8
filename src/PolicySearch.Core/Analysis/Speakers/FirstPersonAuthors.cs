using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// The author of a blog post or opinion piece stating a view in the first person: the one person the bylines name is
/// the speaker of the unattributed first-person paragraphs.
/// </summary>
internal sealed class FirstPersonAuthors(AnalysisLexicon lexicon)
{
    // "By Jane Doe", "Posted by Jane Doe on May 2", "Written by JANE DOE | Staff": a byline naming one person.
    private static readonly Regex Byline = AnalysisRegex.Create(
        @"^\s*(?i:by|posted\s+by|written\s+by|author:)\s+(?<name>\p{Lu}[\p{L}'’\-.]*(?:\s+\p{Lu}[\p{L}'’\-.]*){1,3})\s*(?:$|[,|•·—–(]|-\s|\s(?i:on|at|in|and|posted|published|updated)\s|\s\d)");

    private const int FirstPersonParagraphs = 2;

    /// <summary>
    /// A blog post's author stating a view in the first person: when one byline names one person and at least two
    /// content paragraphs without any other speaker use "I"/"my"/"me" outside quoted words, those paragraphs are the
    /// author's. In a news story one stray unquoted "I" (a quote whose marks were lost) credits nobody; under a blog's
    /// "Posted by" one paragraph is enough.
    /// </summary>
    public void Credit(
        IReadOnlyList<string> paragraphs, IReadOnlyList<List<Word>> words, IReadOnlyList<ParagraphKind> kinds, List<Entity>[] results, bool[] voiced, ArticleDiscourse discourse)
    {
        var firstPerson = new List<int>();
        var plural = new List<int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (kinds[i] == ParagraphKind.Content && results[i].Count == 0)
            {
                if (UsesFirstPerson(paragraphs[i], words[i]))
                {
                    firstPerson.Add(i);
                }
                else if (UsesFirstPerson(paragraphs[i], words[i], plural: true))
                {
                    plural.Add(i);
                }
            }
        }

        if (firstPerson.Count == 0)
        {
            return;
        }

        var (name, posted) = AuthorOf(paragraphs);
        if (name is null || firstPerson.Count < (posted ? 1 : FirstPersonParagraphs))
        {
            return;
        }

        // Once the author speaks as "I", the author's "we" ("As we stated last year, we believe …") is the author's too:
        // a chief writing for the department, an organiser for the group.
        discourse.Paragraph = firstPerson[0];
        var author = discourse.Person(new Mention(0, 0, MentionKind.Person, name));
        author.HasSpoken = true;
        foreach (var i in firstPerson.Concat(plural))
        {
            results[i].Add(author);
            voiced[i] = true;
        }
    }

    public static bool UsesFirstPerson(string text, List<Word> paragraphWords, bool plural = false)
    {
        QuoteMap? quotes = null;
        foreach (var w in paragraphWords)
        {
            var firstPerson = w.Lower is "my" or "me" || (w.Capitalised && (w.Lower == "i" || w.Lower.StartsWith("i'", StringComparison.Ordinal) || w.Lower.StartsWith("i’", StringComparison.Ordinal)))
                || (plural && (w.Lower is "we" or "our" or "ours" || (w.Lower == "us" && !text.AsSpan(w.Start).StartsWith("US", StringComparison.Ordinal))));
            if (firstPerson && !(quotes ??= QuoteMap.Build(text)).IsQuoted(w.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one person the article's bylines name (any paragraph kind), or null when none or several; and whether a
    /// byline is a blog's "Posted by", where one first-person paragraph is enough.
    /// </summary>
    private (string? Name, bool Posted) AuthorOf(IReadOnlyList<string> paragraphs)
    {
        string? author = null;
        var posted = false;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Length > 200 || Byline.Match(paragraph) is not { Success: true } match)
            {
                continue;
            }

            var parts = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Any(p => lexicon.OrgHeadWords.Contains(p) || lexicon.OutletWords.Contains(p) || lexicon.NotNames.Contains(p) || lexicon.Titles.ContainsKey(p)))
            {
                continue;
            }

            var name = string.Join(' ', parts.Select(p => p.Any(char.IsLower) ? p : char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()));
            if (lexicon.OutletNames.Contains(name))
            {
                continue;
            }

            if (author is not null && !string.Equals(author, name, StringComparison.Ordinal))
            {
                return (null, false);
            }

            author = name;
            posted |= paragraph.TrimStart().StartsWith("posted", StringComparison.OrdinalIgnoreCase);
        }

        return (author, posted);
    }
}
