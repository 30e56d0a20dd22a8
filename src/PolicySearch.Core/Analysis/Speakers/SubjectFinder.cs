using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Finds who a speech cue belongs to among a sentence's mentions: the subject before the verb (across a party
/// tag, an appositive, a coordination or an adverb), the name after an inverted "said", the name after
/// "according to", and whether a mention stands where a sentence's subject stands.
/// </summary>
internal sealed partial class SubjectFinder(AnalysisLexicon lexicon)
{
    // Between a subject and its verb: a party tag "(D)", an appositive ", director of …,", a coordination
    // "and other supporters", and adverbs or auxiliaries ("also", "has", "later").
    [GeneratedRegex(@"^\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,“”""]{1,160},\s*)?(?:(?:and|or)\s+(?:[\p{L}\p{N}’'\-]+\s+){1,5}?)?(?:(?:also|later|previously|then|again|has|have|had|recently|repeatedly|once|earlier|reportedly|further|publicly|similarly|likewise|too|even|quickly|immediately|simply|just|long|would|will|since|still|already|often|frequently|first|initially|ultimately|finally|who|which)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectGap();

    [GeneratedRegex(@"^\s*,\s*(?:(?:also|later|has|have|had|then)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveEnd();

    // After an inverted verb ('", said state Sen. X') or a lead-in ("according to the X").
    [GeneratedRegex(@"^[\s,]*(?:\p{Ll}+\s+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectGap();

    /// <summary>The subject of a speech verb: the nearest mention before it that only an allowed gap separates from it.</summary>
    public static Mention? SubjectOf(string text, List<Mention> inSentence, SpeechCue cue, int sentenceStart)
    {
        for (var i = inSentence.Count - 1; i >= 0; i--)
        {
            var m = inSentence[i];
            if (m.End > cue.Start || m.Possessive)
            {
                continue;
            }

            if (SubjectGap().IsMatch(text.AsSpan(m.End, cue.Start - m.End)))
            {
                return NamedInAppositive(text, inSentence, m, cue) ?? m;
            }
        }

        // Inverted: '"…," said Gov. X.' The verb opens its clause, right after a quote or a comma.
        var clauseStart = Math.Max(sentenceStart, text.LastIndexOfAny([',', '”', '"', ':', '—'], Math.Max(0, cue.Start - 1)) + 1);
        return string.IsNullOrWhiteSpace(text[clauseStart..cue.Start]) ? MentionAfter(text, inSentence, cue) : null;
    }

    /// <summary>
    /// "Haddad's spokeswoman, Jo Abel, said": when the appositive between a subject and its verb is
    /// a person's name, that person is the speaker (a person speaking for a body is recorded as the person).
    /// </summary>
    private static Mention? NamedInAppositive(string text, List<Mention> inSentence, Mention subject, SpeechCue cue)
    {
        var named = inSentence.FirstOrDefault(p => p.Kind == MentionKind.Person && p.Start > subject.End && p.End <= cue.Start);
        return named is not null
            && text.AsSpan(subject.End, named.Start - subject.End).Trim() is ","
            && AppositiveEnd().IsMatch(text.AsSpan(named.End, cue.Start - named.End))
            ? named
            : null;
    }

    /// <summary>"Sen. Ann Lee and Rep. Bo Park said": the person joined by "and" before a subject speaks too.</summary>
    public static Mention? CoordinatedBefore(string text, List<Mention> inSentence, Mention subject)
    {
        var at = inSentence.IndexOf(subject);
        if (at <= 0 || subject.Kind != MentionKind.Person)
        {
            return null;
        }

        var partner = inSentence[at - 1];
        return partner.Kind == MentionKind.Person && !partner.Possessive
            && text.AsSpan(partner.End, subject.Start - partner.End).Trim() is "and"
            ? partner
            : null;
    }

    public static Mention? MentionAfter(string text, List<Mention> inSentence, SpeechCue cue)
    {
        var next = inSentence.FirstOrDefault(m => m.Start >= cue.End);
        return next is not null && ObjectGap().IsMatch(text.AsSpan(cue.End, next.Start - cue.End)) ? next : null;
    }

    public static Mention? NearestSubject(string text, List<Mention> inSentence, int position)
    {
        var before = inSentence.LastOrDefault(m => m.End <= position && !m.Possessive);
        return before is not null && SubjectGap().IsMatch(text.AsSpan(before.End, position - before.End)) ? before : null;
    }

    /// <summary>
    /// A mention is in subject position when, after any introductory clause ("During a news conference,"),
    /// only capitalised words and role words precede it ("Council member Jane Doe", "But the mayor").
    /// </summary>
    public bool IsSubjectPosition(string text, int sentenceStart, Mention m)
    {
        if (m.Possessive || m.Kind is MentionKind.Outlet)
        {
            return false;
        }

        // The words after the last comma of the prefix, read in place: no substring, no split.
        var prefix = text.AsSpan(sentenceStart, m.Start - sentenceStart);
        var comma = prefix.LastIndexOf(',');
        if (comma >= 0)
        {
            prefix = prefix[(comma + 1)..];
        }

        var i = 0;
        while (i < prefix.Length)
        {
            if (char.IsWhiteSpace(prefix[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < prefix.Length && !char.IsWhiteSpace(prefix[i]))
            {
                i++;
            }

            if (!char.IsUpper(prefix[start]) && !lexicon.RoleWordsBySpan.Contains(prefix[start..i]))
            {
                return false;
            }
        }

        return true;
    }
}
