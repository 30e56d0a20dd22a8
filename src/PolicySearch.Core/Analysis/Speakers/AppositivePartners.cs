namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// "Sen. Ann Holt (D-IL), Ranking Member of the Judiciary Committee, and Sen. Bo Park (D-IL) issued a statement": the
/// sentence's subject joined by "and" to the verb's subject across a party tag and a short appositive speaks too.
/// The appositive must be a bare title or office (capitalised words and "of", "the", …): no clause, no quote, no comma.
/// </summary>
internal static class AppositivePartners
{
    private const int MaxSpan = 160;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "of", "the", "for", "on", "in", "at", "to", "a", "an", "and", "&" };

    /// <summary>
    /// The person the verb's subject is joined to, when that person opens the sentence (after nothing but capitalised
    /// words and punctuation: a dateline, "WASHINGTON –"); or null.
    /// </summary>
    public static Mention? PartnerOf(string text, int sentenceStart, SentenceMentions inSentence, Mention subject)
    {
        var at = inSentence.IndexOf(subject);
        for (var k = at - 1; k >= 0 && subject.Start - inSentence[k].End <= MaxSpan; k--)
        {
            var candidate = inSentence[k];
            if (candidate.Kind == MentionKind.Person && !candidate.Possessive && Joined(text, candidate, subject))
            {
                return OnlyCapitalised(text.AsSpan(sentenceStart, candidate.Start - sentenceStart)) ? candidate : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="first"/> and <paramref name="second"/> are joined as described.</summary>
    private static bool Joined(string text, Mention first, Mention second)
    {
        if (first.Kind != MentionKind.Person || second.Kind != MentionKind.Person || first.End >= second.Start || second.Start - first.End > MaxSpan)
        {
            return false;
        }

        var span = text.AsSpan(first.End, second.Start - first.End);
        span = SkipPartyTag(span.TrimStart()).TrimStart();
        if (span.StartsWith("and "))
        {
            return OnlyCapitalised(span[4..]);
        }

        if (!span.StartsWith(","))
        {
            return false;
        }

        var and = span.LastIndexOf(", and ");
        if (and <= 1)
        {
            return false;
        }

        return OnlyCapitalised(span[(and + 6)..]) && IsTitle(span[1..and]);
    }

    /// <summary>"(D-IL)", "(R)": a short parenthesis.</summary>
    private static ReadOnlySpan<char> SkipPartyTag(ReadOnlySpan<char> span)
    {
        if (span.Length == 0 || span[0] != '(')
        {
            return span;
        }

        var close = span.IndexOf(')');
        return close is > 1 and <= 12 ? span[(close + 1)..] : span;
    }

    /// <summary>A title before the second name ("U.S. Senator "), a dateline ("WASHINGTON, D.C. –"), or nothing.</summary>
    private static bool OnlyCapitalised(ReadOnlySpan<char> span)
    {
        foreach (var token in span.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLetter(token[0]) && !char.IsUpper(token[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Ranking Member of the Senate Judiciary Committee": capitalised words and function words only.</summary>
    private static bool IsTitle(ReadOnlySpan<char> span)
    {
        var tokens = span.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (token.IndexOfAny([',', '"', '“', '”', '(', ')', ':', ';']) >= 0 || !(char.IsUpper(token[0]) || FunctionWords.Contains(token)))
            {
                return false;
            }
        }

        return char.IsUpper(tokens[0][0]);
    }
}
