using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>A transcript's speaker labels ("LORI LIGHTFOOT: …", "Lightfoot: …"): the person a paragraph's label names.</summary>
internal sealed class TranscriptLabels(AnalysisLexicon lexicon)
{
    // "PRESIDENT DONALD TRUMP: Unless we …", "LIGHTFOOT: Well, …", "Lightfoot: Well, …": a transcript's speaker label,
    // a name (up to five capitalised words, a title among them) and a colon opening the paragraph.
    private static readonly Regex TranscriptLabel = AnalysisRegex.Create(
        @"^\s*(?<label>\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,4}):\s+\S");

    /// <summary>
    /// The person a transcript label names, or null. The label's title gives the role; a label naming no person
    /// (a body's word, a place, an outlet) credits nobody, and a bare surname the article never expands ("INSKEEP:",
    /// the host) is dropped later as a name that identifies nobody.
    /// </summary>
    public Entity? Speaker(string text, ArticleDiscourse discourse)
    {
        if (text.Length < 4 || !char.IsUpper(text.TrimStart()[0]) || TranscriptLabel.Match(text) is not { Success: true } match)
        {
            return null;
        }

        var words = match.Groups["label"].Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Any(char.IsLower) ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant())
            .ToList();
        string? role = null;
        string? title = null;
        while (words.Count > 1)
        {
            var found = false;
            for (var n = Math.Min(lexicon.MaxTitleTokens, words.Count - 1); n >= 1 && !found; n--)
            {
                var candidate = string.Join(' ', words.Take(n));
                if (lexicon.Titles.TryGetValue(candidate, out var titleRole))
                {
                    (title, role) = (candidate, titleRole.Length > 0 ? titleRole : role);
                    words.RemoveRange(0, n);
                    found = true;
                }
            }

            if (!found)
            {
                break;
            }
        }

        if (words[^1].Length < 2 || words.Any(w => lexicon.OrgHeadWords.Contains(w) || lexicon.OutletWords.Contains(w) || lexicon.NotNames.Contains(w)
            || lexicon.Titles.ContainsKey(w) || lexicon.SentenceOpeners.Contains(w)))
        {
            return null;
        }

        // A label of two words or more without a title is a name only when it opens with a known first name ("Lori
        // Lightfoot:"), not "BREAKING NEWS:", "Key Takeaways:" or "Read More:".
        var name = string.Join(' ', words);
        if (lexicon.OutletNames.Contains(name) || lexicon.OrgAliases.ContainsKey(name)
            || (words.Count >= 2 && role is null && !lexicon.FirstNameGenders.ContainsKey(words[0])))
        {
            return null;
        }

        var person = discourse.Person(new Mention(0, match.Groups["label"].Length, MentionKind.Person, name) { Role = role, Title = title });
        person.HasSpoken = true;
        return person;
    }
}
