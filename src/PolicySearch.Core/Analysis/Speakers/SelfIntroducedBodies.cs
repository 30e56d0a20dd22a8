using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Authors who introduce themselves as members of a body and speak for it in the first person plural ("As staff and
/// volunteers at Organized Communities Against Deportations, we have …"): the body speaks, as unnamed members of a
/// named body do.
/// </summary>
internal static class SelfIntroducedBodies
{
    // "As <up to six lower-case words> at|of|with|for <the body>, we …", opening the paragraph. Only "we": "As a member
    // of the council, I …" is one person, whom the opening does not name.
    private static readonly Regex Opening = AnalysisRegex.Create(
        @"^\s*As\s+(?:\p{Ll}[\p{L}\-]*,?\s+){1,6}(?:at|of|with|for)\s+(?<body>[^,;:“”""]{3,120}),\s+we\s");

    /// <summary>
    /// The organisation the opening names, when it is the whole of the words between the preposition and the comma
    /// (its acronym in brackets aside: "Organized Communities Against Deportations (OCAD), we").
    /// </summary>
    public static Mention? Body(string text, IReadOnlyList<Mention> mentions)
    {
        if (text.Length < 12 || Opening.Match(text) is not { Success: true } match)
        {
            return null;
        }

        var body = match.Groups["body"];
        var end = body.Index + body.Length;
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Organisation && m.Start >= body.Index && m.End <= end
                && text.AsSpan(body.Index, m.Start - body.Index).Trim() is "" or "the" && IsBracketedOrEmpty(text.AsSpan(m.End, end - m.End).Trim()))
            {
                return m;
            }
        }

        return null;
    }

    private static bool IsBracketedOrEmpty(ReadOnlySpan<char> rest) =>
        rest.IsEmpty || (rest[0] == '(' && rest[^1] == ')' && rest[1..^1].IndexOfAny('(', ')') < 0);
}
