using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Finds who a speech cue belongs to among a sentence's mentions: the subject before the verb (across a party
/// tag, an appositive, a coordination or an adverb), the name after an inverted "said", the name after
/// "according to", and the first mention standing where a sentence's subject stands. Each question costs a
/// binary search or a walk bounded by what its pattern can accept, never a walk over the whole sentence.
/// </summary>
internal sealed class SubjectFinder
{
    // Adverbs and auxiliaries that may stand between a subject and its verb ("also", "has", "later", a press release's "today").
    private static readonly string[] GapAdverbs =
    [
        "also", "later", "previously", "then", "again", "has", "have", "had", "recently", "repeatedly", "once", "earlier", "reportedly",
        "further", "publicly", "similarly", "likewise", "too", "even", "quickly", "immediately", "simply", "just", "long", "would",
        "will", "since", "still", "already", "often", "frequently", "first", "initially", "ultimately", "finally", "who", "which",
        "both", "each", "jointly", "today", "yesterday", "tonight", "sharply", "strongly", "openly", "forcefully", "personally", "most", "all",
    ];

    private static readonly int LongestGapAdverb = GapAdverbs.Max(a => a.Length);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GapAdverbSet =
        GapAdverbs.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Between a subject and its verb: a home place "of Elgin", a party tag "(D)", an appositive ", director of …,", a coordination
    // "and other supporters", a relative ", which"/", who" ("the Police Department, which argued"), a day ("on Tuesday",
    // "on Jan. 5,", "last month"), and adverbs or auxiliaries. SubjectGapBudget derives its bounds from this pattern.
    private static readonly Regex SubjectGap = AnalysisRegex.Create(
        @"^\s*(?:(?:of|from)\s+\p{Lu}[\p{L}\-]*\.?(?:\s+\p{Lu}[\p{L}\-]*\.?){0,2}\s*)?(?:\([^()]{0,60}\)\s*)?(?:,[^,“”""]{1,160},\s*)?(?:(?:and|or)\s+(?:[\p{L}\p{N}’'\-]+\s+){1,5})?(?:(?:on|last|this)\s+(?:\p{Lu}\p{L}*\.?(?:\s+\d{1,2})?|week|month|year)\s*)?(?:,\s*(?:who|which)\s+)?(?:(?:"
        + string.Join('|', GapAdverbs) + @")\s+)*$");

    // "Pritzker's statement said", "the department's news release read", "the Police Department account stated": the
    // possessor (or the body named before them) of the words speaks; also with a date before the noun and the addressee
    // after it ("the committee's April 10 letter to Gov. Jo Lee demanded").
    private static readonly Regex OwnWords = AnalysisRegex.Create(
        @"^(?:['’]s?)?\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+)?(?:[\p{Ll}\-]+\s+)?(?:statement|release|letter|post|tweet|email|memo|response|message|filing|complaint|lawsuit|account|page|website)\s+(?:to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'\-]*\s+){1,6})?$");

    private static readonly Regex AppositiveEnd = AnalysisRegex.Create(@"^\s*,\s*(?:(?:also|later|has|have|had|then)\s+)*$");

    // After an inverted verb ('", said state Sen. X') or a lead-in ("according to the X"): up to four lower-case words
    // before the name ("said sheriff's Lt. Jo Lee", "said the sheriff's spokesman, Jo Lee", "according to “border czar”
    // Jo Lee").
    private static readonly Regex ObjectGap = AnalysisRegex.Create(@"^[\s,]*(?:[“""]?\p{Ll}+(?:['’]s)?[”""]?[\s,]+){0,4}$");

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> roleWords;
    private readonly int longestRoleWord;

    public SubjectFinder(AnalysisLexicon lexicon)
    {
        roleWords = lexicon.RoleWordsBySpan;
        longestRoleWord = lexicon.RoleWords.Select(w => w.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The subject of a speech verb: the nearest mention before it that only an allowed gap separates from it.</summary>
    public static Mention? SubjectOf(string text, SentenceMentions inSentence, SpeechCue cue, int sentenceStart)
    {
        var budget = new SubjectGapBudget(text, cue.Start);
        var gapMayBeNonEmpty = SubjectGapBudget.MayBeNonEmpty(text, cue.Start);
        for (var i = inSentence.LastEndingBy(cue.Start); i >= 0; i--)
        {
            var m = inSentence[i];
            if ((m.End < cue.Start && !gapMayBeNonEmpty) || !budget.MayFit(m.End, GapAdverbSet, LongestGapAdverb))
            {
                break;
            }

            // "the Police Department account stated", "an ICE statement said": a body's name before its words, no possessive.
            if ((m.Possessive || m.Kind == MentionKind.Organisation) && m.Kind is not MentionKind.Outlet && OwnWords.IsMatch(text.AsSpan(m.End, cue.Start - m.End)))
            {
                return m;
            }

            // "Another alderman, Bo Park, said", "One opponent, Sheriff Jo Tate of Kane County, said": a person set off by
            // commas right before the verb is the subject the words before it describe.
            if (!m.Possessive && m.Kind == MentionKind.Person && IsCommaAppositive(text, m, cue.Start))
            {
                return m;
            }

            if (!m.Possessive && SubjectGap.IsMatch(text.AsSpan(m.End, cue.Start - m.End)))
            {
                // "Mayor Cy Ford of Joliet said", "Officials from Elgin and Aurora said": a preposition's object is not
                // the subject (the mention before it may be); "the request came from ICE, which said" is.
                if (IsPrepositionalObject(text, inSentence, i) && !IsRelativeGap(text.AsSpan(m.End, cue.Start - m.End)))
                {
                    continue;
                }

                return NamedInAppositive(text, inSentence, i, cue) ?? m;
            }
        }

        // Inverted: '"…," said Gov. X.' The verb opens its clause, right after a quote or a comma.
        return OpensClause(text, cue.Start, sentenceStart) ? MentionAfter(text, inSentence, cue) : null;
    }

    /// <summary>A comma (after spaces) ends right before <paramref name="mention"/>, and only a home place and a comma stand between it and the verb.</summary>
    private static bool IsCommaAppositive(string text, Mention mention, int verbStart)
    {
        var k = mention.Start - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        // "Opponents, such as Sen. Lee, say", "Critics, including Rep. Park, argue": an example of the group named before.
        foreach (var example in ExampleWords)
        {
            if (k + 1 >= example.Length && text.AsSpan(k + 1 - example.Length, example.Length).Equals(example, StringComparison.OrdinalIgnoreCase)
                && (k + 1 == example.Length || !char.IsLetter(text[k - example.Length])))
            {
                k -= example.Length;
                while (k >= 0 && char.IsWhiteSpace(text[k]))
                {
                    k--;
                }

                break;
            }
        }

        return k >= 0 && text[k] == ','
            && mention.End <= verbStart && verbStart - mention.End <= MaxHomePlace
            && WithoutHomePlace(text.AsSpan(mention.End, verbStart - mention.End).Trim()).Trim() is ",";
    }

    private static readonly string[] ExampleWords = ["such as", "including", "like"];

    // " of Kane County, " at most: longer text between a name and its verb is no home place.
    private const int MaxHomePlace = 60;

    /// <summary>
    /// Only spaces stand between the clause's start (a comma, quote, colon or dash, or the sentence's start) and
    /// <paramref name="position"/>: read backwards over the spaces, not by searching the sentence for the punctuation.
    /// </summary>
    private static bool OpensClause(string text, int position, int sentenceStart)
    {
        var k = position - 1;
        while (k >= sentenceStart && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k < sentenceStart || text[k] is ',' or '”' or '"' or ':' or '—';
    }

    /// <summary>
    /// "Haddad's spokeswoman, Jo Abel, said": when the appositive between a subject and its verb is
    /// a person's name, that person is the speaker (a person speaking for a body is recorded as the person).
    /// </summary>
    private static Mention? NamedInAppositive(string text, SentenceMentions inSentence, int subjectIndex, SpeechCue cue)
    {
        var subject = inSentence[subjectIndex];
        Mention? named = null;
        // Mentions after the subject, up to the verb: the first person among them.
        for (var k = subjectIndex + 1; k < inSentence.Count && inSentence[k].Start < cue.Start; k++)
        {
            var p = inSentence[k];
            if (p.Kind == MentionKind.Person && p.Start > subject.End && p.End <= cue.Start)
            {
                named = p;
                break;
            }
        }

        return named is not null
            && text.AsSpan(subject.End, named.Start - subject.End).Trim() is ","
            && AppositiveEnd.IsMatch(text.AsSpan(named.End, cue.Start - named.End))
            ? named
            : null;
    }

    /// <summary>"Sen. Ann Lee and Rep. Bo Park said": the person joined by "and" before a subject speaks too.</summary>
    public static Mention? CoordinatedBefore(string text, SentenceMentions inSentence, Mention subject)
    {
        var at = inSentence.IndexOf(subject);
        if (at <= 0 || subject.Kind is not (MentionKind.Person or MentionKind.Organisation))
        {
            return null;
        }

        // Two people, or two bodies ("Cook County and the City of Chicago argued").
        var partner = inSentence[at - 1];
        return partner.Kind == subject.Kind && !partner.Possessive && !FollowsPreposition(text, partner)
            && text.AsSpan(partner.End, subject.Start - partner.End).Trim() is "and" or "and the"
            ? partner
            : null;
    }

    // A list of speakers is a handful of names; the walks stop beyond this many (with their home places, twice as many
    // mentions), so that a sentence of thousands of names costs no more per cue.
    private const int MaxListItems = 12;

    /// <summary>
    /// "Sheriffs Ann Lee, Bo Park and Cy Moore said": the people (or bodies) listed with commas and a final "and"
    /// before the verb's subject speak too, when the list opens the clause (its first item is the sentence's subject).
    /// Empty unless the whole list, from <paramref name="clauseSubject"/> to <paramref name="subject"/>, is such a list.
    /// </summary>
    public static List<Mention> ListedBefore(string text, SentenceMentions inSentence, Mention subject, Mention? clauseSubject)
    {
        var listed = new List<Mention>();
        var at = inSentence.IndexOf(subject);
        if (at <= 0 || clauseSubject is null || clauseSubject == subject || subject.Kind is not (MentionKind.Person or MentionKind.Organisation))
        {
            return listed;
        }

        var sawAnd = false;
        var nextStart = subject.Start;
        for (var k = at - 1; k >= 0 && at - k <= 2 * MaxListItems; k--)
        {
            var item = inSentence[k];

            // "Mayor Bo Diaz of Aurora and Mayor Cy Ford said": a home place qualifies the item before it.
            if (k > 0 && inSentence[k - 1].Kind == MentionKind.Person && text.AsSpan(inSentence[k - 1].End, item.Start - inSentence[k - 1].End).Trim() is "of" or "from")
            {
                var afterPlace = text.AsSpan(item.End, nextStart - item.End).Trim();
                if (!(afterPlace is "," or "and" or ", and"))
                {
                    return [];
                }

                nextStart = item.Start;
                k--;
                item = inSentence[k];
                var placeSeparator = afterPlace;
                sawAnd |= placeSeparator is "and" or ", and";
                if (item.Possessive || item.Kind != subject.Kind)
                {
                    return [];
                }

                listed.Add(item);
                nextStart = item.Start;
                if (item == clauseSubject)
                {
                    return sawAnd && listed.Count >= 2 ? listed : [];
                }

                continue;
            }

            var separator = WithoutHomePlace(text.AsSpan(item.End, nextStart - item.End).Trim());
            var isAnd = separator is "and" or ", and" || (separator.Length > 4 && separator[0] == ',' && separator[1..].Trim() is "and");
            if (item.Possessive || item.Kind != subject.Kind || !(isAnd || separator is ","))
            {
                return [];
            }

            sawAnd |= isAnd;
            listed.Add(item);
            nextStart = item.Start;
            if (item == clauseSubject)
            {
                return sawAnd && listed.Count >= 2 ? listed : [];
            }
        }

        return [];
    }

    /// <summary>
    /// "Critics, including the Civil Liberties Union, argue …", "Advocates, including Jo Lee and the Center, say …": the
    /// named members an appositive "including" lists right before the verb of an unnamed plural subject speak; empty when
    /// the verb has no such appositive.
    /// </summary>
    public static List<Mention> IncludedBefore(string text, SentenceMentions inSentence, int verbStart)
    {
        var at = inSentence.LastEndingBy(verbStart);
        if (at < 0 || text.AsSpan(inSentence[at].End, verbStart - inSentence[at].End).Trim() is not ",")
        {
            return [];
        }

        var k = at;
        while (k > 0 && at - k < MaxListItems && IsListItem(text, inSentence, inSentence[k]))
        {
            k--;
        }

        var (start, end) = WordTokenizer.WordBefore(text, inSentence[k].Start);
        if (text.AsSpan(start, end - start) is "the")
        {
            (start, end) = WordTokenizer.WordBefore(text, start);
        }

        if (text.AsSpan(start, end - start) is not "including" || !text.AsSpan(0, start).TrimEnd().EndsWith(','))
        {
            return [];
        }

        var included = new List<Mention>();
        for (var i = k; i <= at; i++)
        {
            if (inSentence[i].Possessive || inSentence[i].Kind is not (MentionKind.Person or MentionKind.Organisation))
            {
                return [];
            }

            included.Add(inSentence[i]);
        }

        return included;
    }

    private static readonly string[] AllOfWhom = [", all of whom", ", both of whom", ", each of whom", ", all of which", ", both of which"];

    /// <summary>
    /// "… Mayors Jo Lee of Akron, Bo Park of Dayton and Cy Moore of Canton, all of whom defended …": the people (or bodies)
    /// listed right before "all of whom" and the verb speak; a list that follows "joined by" brings the sentence's subject
    /// in too (<paramref name="joinedBy"/>). Empty when the verb has no such relative.
    /// </summary>
    public static List<Mention> AllOfWhomBefore(string text, SentenceMentions inSentence, int verbStart, out bool joinedBy)
    {
        joinedBy = false;
        var before = text.AsSpan(0, verbStart).TrimEnd();
        foreach (var words in AllOfWhom)
        {
            if (!before.EndsWith(words, StringComparison.Ordinal))
            {
                continue;
            }

            var comma = before.Length - words.Length;
            var at = inSentence.LastEndingBy(comma);
            if (at < 0 || !text.AsSpan(inSentence[at].End, comma - inSentence[at].End).IsWhiteSpace())
            {
                return [];
            }

            var listed = new List<Mention>();
            var k = at;
            for (; k >= 0 && at - k <= 2 * MaxListItems; k--)
            {
                var item = inSentence[k];
                var separator = k > 0 ? WithoutHomePlace(text.AsSpan(inSentence[k - 1].End, item.Start - inSentence[k - 1].End).Trim()) : "";
                var isPlace = separator is "of" or "from";
                if (!isPlace)
                {
                    if (item.Possessive || item.Kind is not (MentionKind.Person or MentionKind.Organisation))
                    {
                        return [];
                    }

                    listed.Add(item);
                }

                if (!(isPlace || separator is "," or "and" or ", and"))
                {
                    break;
                }
            }

            if (listed.Count < 2 || k < 0)
            {
                return listed.Count >= 2 ? listed : [];
            }

            var lead = text.AsSpan(0, inSentence[k].Start).TrimEnd();
            var space = lead.LastIndexOf(' ');
            if (space > 0 && lead[(space + 1)..] is not ("by" or "the") && lead.Length > 0 && char.IsUpper(lead[(space + 1)..][0]))
            {
                // A plural title before the first name ("Mayors"): the words before it.
                lead = lead[..space].TrimEnd();
            }

            joinedBy = lead.EndsWith(" joined by", StringComparison.Ordinal);
            listed.Reverse();
            return listed;
        }

        return [];
    }

    /// <summary>The mention follows another after only a comma or "and": an item of a list.</summary>
    public static bool IsListItem(string text, SentenceMentions inSentence, Mention mention)
    {
        var at = inSentence.IndexOf(mention);
        if (at <= 0)
        {
            return false;
        }

        var separator = text.AsSpan(inSentence[at - 1].End, mention.Start - inSentence[at - 1].End).Trim();
        return separator is "," or "and" or ", and" || (separator.Length > 1 && separator[0] == ',' && separator[1..].Trim() is "and");
    }

    /// <summary>
    /// "Officials from Elgin and Aurora said": a name right after a preposition is its object, never the verb's subject.
    /// </summary>
    public static bool FollowsPreposition(string text, Mention mention)
    {
        var (start, end) = WordTokenizer.WordBefore(text, mention.Start);
        // "in downtown Sacramento", "across suburban Cook County": a place's lower-case qualifier.
        if (text.AsSpan(start, end - start) is "downtown" or "suburban" or "northern" or "southern" or "eastern" or "western" or "central"
            or "rural" or "nearby" or "neighboring" or "neighbouring")
        {
            (start, end) = WordTokenizer.WordBefore(text, start);
        }

        if (text.AsSpan(start, end - start) is "the" or "The")
        {
            (start, end) = WordTokenizer.WordBefore(text, start);
        }

        // "A press release by ICE said", "a statement from the sheriff said", "a spokesman for the Elgin police
        // department said": the words are the author's, or said for the body.
        if (text.AsSpan(start, end - start) is "from" or "by" or "for" or "with" or "at")
        {
            var (nounStart, nounEnd) = WordTokenizer.WordBefore(text, start);
            if (text.AsSpan(nounStart, nounEnd - nounStart) is "statement" or "release" or "letter" or "post" or "email" or "memo" or "tweet" or "message"
                or "spokesman" or "spokeswoman" or "spokesperson" or "spokespeople" or "official" or "officials" or "attorney" or "attorneys"
                or "lawyer" or "lawyers" or "representative" or "representatives" or "aide" or "aides" or "officer" or "officers")
            {
                return false;
            }
        }

        // "A lawsuit filed Tuesday by the Center claims": the agent of a filing is the suit's voice, no mere object.
        if (text.AsSpan(start, end - start) is "by" && LawsuitFilers.FiledBy(text, start))
        {
            return false;
        }

        return end > start && IsPreposition(text.AsSpan(start, end - start));
    }

    private static bool IsPreposition(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[8];
        if (word.Length > lower.Length)
        {
            return false;
        }

        word.ToLowerInvariant(lower);
        return lower[..word.Length] is "from" or "in" or "of" or "at" or "for" or "with" or "to" or "by"
            or "on" or "about" or "against" or "toward" or "towards" or "under" or "over" or "near" or "between";
    }

    /// <summary>
    /// "Sheriff Ann Lee, Sheriff Bo Park and Sheriff Cy Moore filed suit, arguing …": the items listed after a clause's
    /// subject, when the list closes with "and"; empty otherwise.
    /// </summary>
    public static List<Mention> ListedAfter(string text, SentenceMentions inSentence, Mention first, int before)
    {
        var listed = new List<Mention>();
        var at = inSentence.IndexOf(first);
        if (at < 0 || first.Kind is not (MentionKind.Person or MentionKind.Organisation))
        {
            return listed;
        }

        var previous = first;
        for (var k = at + 1; k < inSentence.Count && inSentence[k].End <= before && k - at <= 2 * MaxListItems; k++)
        {
            var item = inSentence[k];
            var separator = WithoutHomePlace(text.AsSpan(previous.End, item.Start - previous.End).Trim());
            // "the Center, the Alliance, and the Coalition": an article before a body's name is no separator.
            if (separator.EndsWith(" the", StringComparison.Ordinal) || separator.EndsWith(",the", StringComparison.Ordinal))
            {
                separator = separator[..^3].TrimEnd();
            }

            var isAnd = separator is "and" or ", and" || (separator.Length > 1 && separator[0] == ',' && separator[1..].Trim() is "and");
            if (item.Kind != first.Kind || item.Possessive || !(isAnd || separator is ","))
            {
                // A home place written as its own mention ("Ann Lee of Elgin") qualifies the item before it.
                if (text.AsSpan(previous.End, item.Start - previous.End).Trim() is "of" or "from")
                {
                    continue;
                }

                break;
            }

            listed.Add(item);
            previous = item;
            if (isAnd)
            {
                return listed;
            }
        }

        return [];
    }

    /// <summary>" of Elgin, " → ",": a home place that a titled name's mention left outside its span.</summary>
    private const int MaxPartyTag = 61;

    private static ReadOnlySpan<char> WithoutHomePlace(ReadOnlySpan<char> separator)
    {
        // "Rep. Ann Lee (R-Benton), Rep. Bo Park (R-Pomona) and …": a party tag after an item is not a separator.
        if (separator.StartsWith("(") && separator.IndexOf(')') is > 0 and <= MaxPartyTag and var close && separator[1..close].IndexOf('(') < 0)
        {
            separator = separator[(close + 1)..].TrimStart();
        }

        if (!(separator.StartsWith("of ") || separator.StartsWith("from ")))
        {
            return separator;
        }

        var rest = separator[(separator.IndexOf(' ') + 1)..].TrimStart();
        while (rest.Length > 0 && char.IsUpper(rest[0]))
        {
            var end = 0;
            while (end < rest.Length && (char.IsLetter(rest[end]) || rest[end] is '.' or '-'))
            {
                end++;
            }

            rest = rest[end..].TrimStart();
        }

        return rest;
    }

    /// <summary>The mention, or the first item of the list it ends ("Elgin and Aurora"), follows a preposition.</summary>
    public static bool IsPrepositionalObject(string text, SentenceMentions inSentence, int index)
    {
        // Back through a list only when "and" joins its last item ("from Elgin, Aurora and Joliet"), not across a
        // comma alone ("In a letter to Mayor Fox, Sheriff Grant said").
        // A serial comma belongs to a list of three or more ("from Elgin, Aurora, and Joliet"); after a single name,
        // ", and" joins two clauses ("filed in Chicago, and Mayor Jo Lee said").
        var k = index;
        if (k > 0 && IsListItem(text, inSentence, inSentence[k]) && JoinedByAnd(text, inSentence[k - 1], inSentence[k])
            && (!text.AsSpan(inSentence[k - 1].End, inSentence[k].Start - inSentence[k - 1].End).TrimStart().StartsWith(',')
                || IsListItem(text, inSentence, inSentence[k - 1])))
        {
            while (k > 0 && index - k < MaxListItems && IsListItem(text, inSentence, inSentence[k]))
            {
                k--;
            }
        }

        return FollowsPreposition(text, inSentence[k]);
    }

    private static bool JoinedByAnd(string text, Mention before, Mention after)
    {
        var separator = text.AsSpan(before.End, after.Start - before.End).Trim();
        return separator is "and" or ", and" || (separator.Length > 1 && separator[0] == ',' && separator[1..].Trim() is "and");
    }

    private static bool IsRelativeGap(ReadOnlySpan<char> gap)
    {
        // ", which" / " on Monday, who": a comma, then the relative pronoun.
        var trimmed = gap.Trim();
        var comma = trimmed.LastIndexOf(',');
        if (comma < 0)
        {
            return false;
        }

        var rest = trimmed[(comma + 1)..].TrimStart();
        return rest is "which" or "who" || rest.StartsWith("which ") || rest.StartsWith("who ");
    }

    /// <summary>"Neither the mayor nor the County Board has said": a subject under "neither"/"nor" did not speak.</summary>
    public static bool IsNegated(string text, Mention subject)
    {
        var end = subject.Start;
        for (var words = 0; words < 2; words++)
        {
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var word = text.AsSpan(start, end - start);
            if (word.Equals("neither", StringComparison.OrdinalIgnoreCase) || word.Equals("nor", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            end = start;
        }

        return false;
    }

    // '”, said a joint statement from', 'according to a news release put out by the': the words of the body or person named next.
    private static readonly Regex StatementGap = AnalysisRegex.Create(
        @"^[\s,]*(?:a|an|the)\s+(?:joint\s+|news\s+|press\s+|written\s+)?(?:statement|release|letter)\s+(?:(?:issued|released|sent|signed|put\s+out)\s+)?(?:from|by)\s+(?:the\s+)?$");

    /// <summary>The words between a cue and the mention after it name a statement of the mention's ("said a joint statement from").</summary>
    public static bool AfterStatement(string text, SpeechCue cue, Mention mention) =>
        mention.Start >= cue.End && StatementGap.IsMatch(text.AsSpan(cue.End, mention.Start - cue.End));

    public static Mention? MentionAfter(string text, SentenceMentions inSentence, SpeechCue cue)
    {
        // "To Sheriff Jo Lee, the law is “…”": a capitalised lead-in opens the name's run, and the titled name's mention
        // starts with it.
        var opening = inSentence.FirstStartingFrom(cue.Start);
        if (opening < inSentence.Count && inSentence[opening].Start == cue.Start && inSentence[opening].End > cue.End)
        {
            return inSentence[opening];
        }

        var at = inSentence.FirstStartingFrom(cue.End);
        if (at >= inSentence.Count)
        {
            return null;
        }

        var next = inSentence[at];
        var gap = text.AsSpan(cue.End, next.Start - cue.End);
        if (!((ObjectGap.IsMatch(gap) && !OpensClause(gap)) || StatementGap.IsMatch(gap)) || StartsClause(text, next))
        {
            return null;
        }

        // '“…,” said DHS spokesperson Jo Lee': the body only qualifies the person's role; the person speaks.
        if (next.Kind is MentionKind.Organisation or MentionKind.OfficialOf && !next.Possessive && at + 1 < inSentence.Count
            && inSentence[at + 1] is { Kind: MentionKind.Person, Possessive: false } person && person.Start > next.End
            && RoleGap.IsMatch(text.AsSpan(next.End, person.Start - next.End)) && !StartsClause(text, person))
        {
            return person;
        }

        return next;
    }

    // '”, say critics who feel that Pritzker …': a relative or a "that" in the gap opens a clause about the name; the
    // speakers are the unnamed ones before it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners =
        new[] { "who", "whom", "whose", "which", "that" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool OpensClause(ReadOnlySpan<char> gap)
    {
        foreach (var range in gap.SplitAny(" ,\u00A0"))
        {
            if (ClauseOpeners.Contains(gap[range]))
            {
                return true;
            }
        }

        return false;
    }

    // " spokesperson ", " press secretary ": lower-case role words between a body and the person it employs.
    private static readonly Regex RoleGap = AnalysisRegex.Create(@"^ (?:\p{Ll}+ ){1,3}$");

    // A finite verb or auxiliary right after the name makes it the subject of the reported clause, not the speaker.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseVerbs = new[]
    {
        "is", "was", "were", "are", "has", "had", "have", "would", "will", "could", "should", "can", "may", "might", "must",
        "did", "does", "do", "isn't", "wasn't", "hasn't", "doesn't", "didn't", "won't", "wouldn't", "isn’t", "wasn’t",
        "hasn’t", "doesn’t", "didn’t", "won’t", "wouldn’t",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"…, said Holt was right": the name after the verb starts the reported clause ("Holt was right").</summary>
    private static bool StartsClause(string text, Mention mention)
    {
        var start = mention.End;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (char.IsLower(text[end]) || text[end] is '\'' or '’'))
        {
            end++;
        }

        return end > start && ClauseVerbs.Contains(text.AsSpan(start, end - start));
    }

    public static Mention? NearestSubject(string text, SentenceMentions inSentence, int position)
    {
        var at = inSentence.NonPossessiveAtOrBefore(inSentence.LastEndingBy(position));
        if (at < 0)
        {
            return null;
        }

        var before = inSentence[at];
        // A preposition's object is no subject ("In Will County, residents protested, saying"; "sued Elgin and Joliet
        // arguing"; "sent a letter to ICE calling for"), unless 'with' makes the participle its own ("with Attorney
        // General Ann Lee saying").
        var gap = text.AsSpan(before.End, position - before.End);
        return SubjectGap.IsMatch(gap) && !IsObjectOfSuit(text, inSentence, at)
            && (!IsPrepositionalObject(text, inSentence, at) || (gap.IsWhiteSpace() && IsObjectOfWith(text, inSentence, at))) ? before : null;
    }

    /// <summary>
    /// "… when Chicago sued Sessions, arguing …": the participle right after the one sued (and only a comma between);
    /// true with the suer when it is named right before "sued", with null when it is not named (nobody then, not the
    /// sentence's subject).
    /// </summary>
    public static bool AfterObjectOfSuit(string text, SentenceMentions inSentence, int position, out Mention? suer)
    {
        suer = null;
        var at = inSentence.NonPossessiveAtOrBefore(inSentence.LastEndingBy(position));
        if (at < 0 || text.AsSpan(inSentence[at].End, position - inSentence[at].End).Trim() is not ("," or "") || !IsObjectOfSuit(text, inSentence, at))
        {
            return false;
        }

        var k = at;
        while (k > 0 && at - k < MaxListItems && IsListItem(text, inSentence, inSentence[k]))
        {
            k--;
        }

        var (verbStart, _) = WordTokenizer.WordBefore(text, inSentence[k].Start);
        if (text.AsSpan(verbStart, 3) is "the" or "The")
        {
            (verbStart, _) = WordTokenizer.WordBefore(text, verbStart);
        }

        if (k > 0 && !inSentence[k - 1].Possessive)
        {
            var gap = text.AsSpan(inSentence[k - 1].End, verbStart - inSentence[k - 1].End).Trim();
            if (gap.IsEmpty || gap is "has" or "have" or "is" or "are" or "also")
            {
                suer = inSentence[k - 1];
            }
        }

        return true;
    }

    /// <summary>"Chicago sued Sessions, arguing …", "is suing ICE and the city, claiming …": the one sued argues nothing.</summary>
    private static bool IsObjectOfSuit(string text, SentenceMentions inSentence, int index) =>
        GoverningWord(text, inSentence, index) is "sued" or "sues" or "suing" or "sue";

    /// <summary>The mention, or the first item of the list it ends, is the object of "with"/"without".</summary>
    private static bool IsObjectOfWith(string text, SentenceMentions inSentence, int index) =>
        GoverningWord(text, inSentence, index) is "with" or "With" or "without" or "Without";

    /// <summary>The word before the mention, or before the first item of the list it ends, "the" skipped.</summary>
    private static ReadOnlySpan<char> GoverningWord(string text, SentenceMentions inSentence, int index)
    {
        var k = index;
        while (k > 0 && index - k < MaxListItems && IsListItem(text, inSentence, inSentence[k]))
        {
            k--;
        }

        var (start, end) = WordTokenizer.WordBefore(text, inSentence[k].Start);
        if (text.AsSpan(start, end - start) is "the" or "The")
        {
            (start, end) = WordTokenizer.WordBefore(text, start);
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>
    /// The first mention in subject position: after any introductory clause ("During a news conference,"), only
    /// capitalised words and role words precede it ("Council member Jane Doe", "But the mayor"). The words are
    /// read once, left to right, for all the sentence's mentions: asked mention by mention, each question re-read
    /// the sentence from its start.
    /// </summary>
    public Mention? FirstInSubjectPosition(string text, int sentenceStart, SentenceMentions inSentence)
    {
        var cursor = sentenceStart;
        var allowed = true;
        var wordStart = -1;
        for (var k = 0; k < inSentence.Count; k++)
        {
            var m = inSentence[k];
            for (; cursor < m.Start; cursor++)
            {
                var c = text[cursor];
                if (c == ',' || (c is '—' or '–' && IsDateline(text, sentenceStart, cursor)))
                {
                    // Only the words after the prefix's last comma count; or after a dateline's dash ("CHICAGO — The
                    // Center celebrates …").
                    allowed = true;
                    wordStart = -1;
                }
                else if (char.IsWhiteSpace(c))
                {
                    if (wordStart >= 0)
                    {
                        // "While the DOJ has not released a statement, Sessions gave remarks": a subordinate clause's subject is
                        // not the sentence's; the main clause starts after its comma.
                        var word = text.AsSpan(wordStart, cursor - wordStart);
                        allowed &= MayPrecedeSubject(word) && !Subordinators.Contains(word);
                        wordStart = -1;
                    }
                }
                else if (wordStart < 0)
                {
                    wordStart = cursor;
                }
            }

            // "In Will County, residents …": a preposition's object is not the subject; the words after the comma may hold it.
            // "CHICAGO — The Center …": a dateline's place is not either.
            if (m.Possessive || m.Kind is MentionKind.Outlet || FollowsPreposition(text, m) || IsDatelinePlace(text, sentenceStart, m))
            {
                continue;
            }

            // The word the mention starts inside (or right after) counts as far as the mention's start.
            if (allowed && (wordStart < 0 || MayPrecedeSubject(text.AsSpan(wordStart, m.Start - wordStart))))
            {
                return HeadOfModifiedName(text, inSentence, k);
            }
        }

        return null;
    }

    private const int MaxDateline = 40;

    /// <summary>"CHICAGO — ", "West Chicago – ": capitalised words at the sentence's start, then a spaced dash at <paramref name="dash"/>.</summary>
    private static bool IsDateline(string text, int sentenceStart, int dash)
    {
        if (dash - sentenceStart > MaxDateline || dash + 1 >= text.Length || text[dash + 1] != ' ' || dash == 0 || text[dash - 1] != ' ')
        {
            return false;
        }

        var words = text.AsSpan(sentenceStart, dash - sentenceStart).Trim();
        if (words.IsEmpty)
        {
            return false;
        }

        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDatelinePlace(string text, int sentenceStart, Mention m)
    {
        var after = m.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after < text.Length && text[after] is '—' or '–' && IsDateline(text, sentenceStart, after);
    }

    /// <summary>
    /// "Trump immigration czar Tom Homan was complaining": a name followed by lower-case role words and a second
    /// person's name only modifies that name; the second is the subject.
    /// </summary>
    private Mention HeadOfModifiedName(string text, SentenceMentions inSentence, int index)
    {
        var m = inSentence[index];
        if (m.Kind != MentionKind.Person || index + 1 >= inSentence.Count)
        {
            return m;
        }

        var next = inSentence[index + 1];
        if (next is not { Kind: MentionKind.Person, Possessive: false } || next.Start <= m.End)
        {
            return m;
        }

        var gap = text.AsSpan(m.End, next.Start - m.End);
        var words = 0;
        foreach (var range in gap.Split(' '))
        {
            var word = gap[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsLower(word[0]) || word.Length > longestRoleWord || !roleWords.Contains(word))
            {
                return m;
            }

            words++;
        }

        return words > 0 ? next : m;
    }

    // Conjunctions that open a subordinate clause, capitalised or not ("While …,", "But although …,").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = new[]
    {
        "While", "while", "Although", "although", "Though", "though", "Because", "because", "Whereas", "whereas", "Unless", "unless",
        "If", "if", "When", "when", "Whenever", "whenever", "Until", "until", "Once", "once",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "On Monday, the city of Evanston released …": the article after an opening phrase's comma.
    private bool MayPrecedeSubject(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) || word is "the" || (word.Length <= longestRoleWord && roleWords.Contains(word));
}
