using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Shapes of the stretch between a sentence's subject and its speech verb that still leave the subject the speaker:
/// a long appositive ("Ald. Jo Lee, a former sergeant who chairs …, says"), a name set off by commas after its own
/// description ("The group's director, Ann Holt, said"), a coordinated first predicate ("Jo Lee helped craft the bill
/// and said"), and a person introduced with a description (", a leader with …"). Text shapes only, bounded in length.
/// </summary>
internal static class SubjectClauses
{
    private const int MaxAppositive = 240;

    private static readonly System.Buffers.SearchValues<char> AppositiveBreaks = System.Buffers.SearchValues.Create("\"“”:;—–()");

    /// <summary>
    /// The sentence opens with a named person or body (after at most a conjunction), a comma follows it, and a comma
    /// closes the stretch right before the verb, with no quote, colon, semicolon or dash inside (at most 240 characters).
    /// </summary>
    public static bool IsLongAppositive(string text, int sentenceStart, Mention subject, int verbStart)
    {
        if (subject.Kind is not (MentionKind.Person or MentionKind.Organisation) || subject.Possessive || subject.End >= verbStart
            || verbStart - subject.End > MaxAppositive)
        {
            return false;
        }

        var opening = text.AsSpan(sentenceStart, subject.Start - sentenceStart).Trim();
        if (!(opening.IsEmpty || opening is "But" or "And" or "Yet" or "Meanwhile,"))
        {
            return false;
        }

        var gap = text.AsSpan(subject.End, verbStart - subject.End).Trim();
        return gap.Length > 2 && gap[0] == ',' && gap[^1] == ',' && gap.IndexOfAny(AppositiveBreaks) < 0;
    }

    /// <summary>
    /// A person's name set off by commas right before the verb, after a description of its own ("The group's director,
    /// Ann Holt, said"): a comma before the name, only a comma between it and the verb, and no other name in between.
    /// </summary>
    public static Mention? AppositiveName(string text, int sentenceStart, SentenceMentions sentence, int verbStart)
    {
        Mention? last = null;
        for (var k = 0; k < sentence.Count && sentence[k].End <= verbStart; k++)
        {
            last = sentence[k];
        }

        if (last is not { Kind: MentionKind.Person, Possessive: false } || last.Start <= sentenceStart
            || !AppositiveClose.IsMatch(text.AsSpan(last.End, verbStart - last.End)))
        {
            return null;
        }

        var before = text.AsSpan(sentenceStart, last.Start - sentenceStart).TrimEnd();
        return before.Length > 0 && before[^1] == ',' ? last : null;
    }

    // After an appositive name: its closing comma, then perhaps an auxiliary or adverb ("…, Ann Holt, have pledged").
    private static readonly Regex AppositiveClose = AnalysisRegex.Create(@"^\s*,\s*(?:(?:also|later|has|have|had|then|both|each)\s+)*$");

    // "Jo Lee and her chief of staff,": a person, "and", a possessive pronoun and a short description, then the comma.
    private static readonly Regex AndHerDescription = AnalysisRegex.Create(@"^\s*and\s+(?:his|her|their)\s+[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+){0,3}\s*,$");

    /// <summary>The person joined by "and his/her …" to the description of an appositive name; null otherwise.</summary>
    public static Mention? PartnerOfDescribedName(string text, int sentenceStart, SentenceMentions sentence, Mention named)
    {
        var at = sentence.IndexOf(named);
        if (at <= 0)
        {
            return null;
        }

        var partner = sentence[at - 1];
        return partner.Kind == MentionKind.Person && !partner.Possessive && partner.Start >= sentenceStart
            && AndHerDescription.IsMatch(text.AsSpan(partner.End, named.Start - partner.End).TrimEnd())
            ? partner
            : null;
    }

    private const int MaxFirstPredicate = 120;

    /// <summary>
    /// The sentence opens with a named person or body, then a first predicate with no punctuation and no other name
    /// (at most 120 characters), then "and" or "but" right before the verb: "Jo Lee helped craft the bill and said".
    /// </summary>
    public static bool IsCoordinatedPredicate(string text, int sentenceStart, Mention subject, SentenceMentions sentence, int verbStart)
    {
        if (subject.Kind is not (MentionKind.Person or MentionKind.Organisation) || subject.Possessive || subject.End >= verbStart
            || verbStart - subject.End > MaxFirstPredicate)
        {
            return false;
        }

        // The subject opens the sentence, or its main clause after an introductory phrase ("During her campaign, Lee …").
        var opening = text.AsSpan(sentenceStart, subject.Start - sentenceStart).Trim();
        if (!opening.IsEmpty && !opening.EndsWith(','))
        {
            return false;
        }

        var gap = text.AsSpan(subject.End, verbStart - subject.End).TrimEnd();
        // "… and has said that she will", "…, and also demanded": an auxiliary or adverb may follow "and".
        foreach (var aux in (ReadOnlySpan<string>)[" has", " have", " had", " also", " then", " later"])
        {
            if (gap.EndsWith(aux, StringComparison.Ordinal))
            {
                gap = gap[..^aux.Length].TrimEnd();
                break;
            }
        }

        // "Lee declined to release the name, but said …": "but" joins the second predicate as "and" does.
        var coordinator = gap.EndsWith(" and", StringComparison.Ordinal) ? " and" : gap.EndsWith(" but", StringComparison.Ordinal) ? " but" : null;
        if (coordinator is null)
        {
            return false;
        }

        // "Park called off the raids last weekend, and demanded …": one comma may close the first predicate, right before "and".
        var first = gap[..^coordinator.Length].TrimEnd();
        if (first.EndsWith(','))
        {
            first = first[..^1];
        }

        if (first.IndexOfAny(PredicateBreaks) >= 0)
        {
            return false;
        }

        // A name between is the first predicate's object ("Lee praised Dayton's police and said"); a name that starts the
        // second predicate's own clause ("…, and Park said") is its subject, found before this is asked. Only a comma
        // with "and" after a name marks a new clause with a subject left out of view: then nobody.
        for (var k = 0; k < sentence.Count; k++)
        {
            if (sentence[k].Start >= subject.End && sentence[k].Start < verbStart
                && (sentence[k].Kind is MentionKind.Pronoun or MentionKind.Description || text.AsSpan(sentence[k].End, verbStart - sentence[k].End).TrimStart().StartsWith("and ")))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> PredicateBreaks = System.Buffers.SearchValues.Create(",\"“”:;—–()");

    private static readonly string[] BareSpokespeople = [", a spokesperson", ", a spokesman", ", a spokeswoman"];

    /// <summary>
    /// "The attorney general's office is reviewing the suit, a spokesperson said": an unnamed spokesperson, with no body
    /// of their own, closes the clause right before the verb. Such a spokesperson speaks for the body the sentence opens
    /// with.
    /// </summary>
    public static bool BareSpokespersonBefore(string text, int subjectEnd, int verbStart)
    {
        if (verbStart <= subjectEnd)
        {
            return false;
        }

        var before = text.AsSpan(subjectEnd, verbStart - subjectEnd).TrimEnd();
        foreach (var spokesperson in BareSpokespeople)
        {
            if (before.EndsWith(spokesperson, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", a …" / ", an …" right after a name: an appositive that introduces the person.</summary>
    public static bool IntroducedWithDescription(string text, int end) =>
        text.AsSpan(end).StartsWith(", a ", StringComparison.Ordinal) || text.AsSpan(end).StartsWith(", an ", StringComparison.Ordinal);
}
