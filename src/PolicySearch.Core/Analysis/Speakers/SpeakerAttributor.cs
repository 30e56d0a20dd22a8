using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Attributes the content paragraphs of one article to speakers. For each speech cue outside quoted words it
/// finds the subject (before the verb, across an appositive or a party tag; or after an inverted "said"; or
/// after "according to"), resolves it through the article's discourse (names, pronouns, descriptions,
/// offices, officials) and keeps identifiable people and bodies only. Quotes left open continue into the
/// next paragraph with the same speaker, and so does a block quote announced by "X noted:".
/// </summary>
internal sealed class SpeakerAttributor(AnalysisLexicon lexicon)
{
    private readonly TranscriptLabels transcripts = new(lexicon);
    private readonly FirstPersonAuthors authors = new(lexicon);

    private readonly MentionFinder mentionFinder = new(lexicon);
    private readonly SpeechCueFinder cueFinder = new(lexicon);
    private readonly SentenceSplitter sentenceSplitter = new(lexicon.AbbreviationsBySpan);
    private readonly SentenceAttributor sentences = new(new SubjectFinder(lexicon));

    // " spokesman " between a body and a person's name: the person speaks for the body.
    private readonly Regex officialTitle = AnalysisRegex.Create($@"^\s+(?i:{AnalysisLexicon.Words(lexicon.Organisations.OfficialNouns)})\s+$");

    // "the sheriffs say": a plural role noun → the roles its holders have ("sheriffs" → sheriff).
    private readonly FrozenDictionary<string, string[]> pluralRoles = RoleGroups.PluralRoles(lexicon);

    // A line that is only a dash and at most eight words: the signature under a pull quote ("— Mayor Jo Lee", "--Gov. Lee").
    private static readonly Regex SignatureLine = AnalysisRegex.Create(@"^\s*(?:[—–]|--?)\s*\p{Lu}[^\s.!?]*\.?(?:\s+[^\s]+){0,7}\s*$");

    /// <summary>
    /// One result per paragraph (empty for non-content paragraphs), plus the article's discourse for name lists.
    /// <paramref name="words"/> are the paragraphs' words (<see cref="WordTokenizer"/>), shared with the stance analysis.
    /// </summary>
    public ArticleAttribution Attribute(
        IReadOnlyList<string> paragraphs, IReadOnlyList<List<Word>> words, IReadOnlyList<ParagraphKind> kinds, string? outlet)
    {
        var discourse = new ArticleDiscourse(lexicon);
        var results = new List<Entity>[paragraphs.Count];
        var voiced = new bool[paragraphs.Count];
        var bodiesByParagraph = new List<Entity>[paragraphs.Count];
        var pending = new List<(int Paragraph, string Head)>();
        var officials = new List<(int Paragraph, Entity Body)>();
        List<Entity> previous = [];
        var previousQuoteOpen = false;
        var previousAnnounces = false;
        var statementContinues = false;
        var previousParagraph = -1;
        var groups = new RoleGroups(pluralRoles, paragraphs.Count);
        var unattributedQuote = new bool[paragraphs.Count];

        for (var i = 0; i < paragraphs.Count; i++)
        {
            results[i] = [];
            bodiesByParagraph[i] = [];
            if (kinds[i] != ParagraphKind.Content)
            {
                // A full name in a headline, sidebar or byline ("Sen. Rose" in the text, "Chapin Rose" above it) names the
                // person the text gives only a surname; such lines credit nobody.
                var lineMentions = mentionFinder.Find(paragraphs[i], words[i], QuoteMap.Build(paragraphs[i]), outlet);
                foreach (var m in lineMentions)
                {
                    if (m.Kind == MentionKind.Person && m.Name.Contains(' ', StringComparison.Ordinal))
                    {
                        discourse.RegisterFullName(m.Name);
                    }
                }

                // A pull quote signed on a line of its own ("“We are taking action.”" / "--Illinois Gov. Jo Lee"): the
                // signature line is chrome, the quote before it is the signer's.
                if (i > 0 && unattributedQuote[i - 1] && results[i - 1].Count == 0 && SignatureLine.IsMatch(paragraphs[i])
                    && lineMentions is [{ Kind: MentionKind.Person or MentionKind.Organisation } signer])
                {
                    discourse.Paragraph = i - 1;
                    var signature = new ParagraphReading(paragraphs[i], lineMentions, discourse, officialTitle);
                    bodiesByParagraph[i].AddRange(signature.RegisterNames());
                    voiced[i - 1] |= new SpeakerCredits(signature, results[i - 1], pending, i - 1).Credit(signer);
                }

                continue;
            }

            var text = paragraphs[i];
            discourse.Paragraph = i;
            var quotes = QuoteMap.Build(text);
            var reading = new ParagraphReading(text, mentionFinder.Find(text, words[i], quotes, outlet), discourse, officialTitle);
            foreach (var body in reading.RegisterNames())
            {
                bodiesByParagraph[i].Add(body);
            }

            foreach (var m in reading.Mentions)
            {
                if (m.Kind == MentionKind.Person && IntroducedAsReporter(text, m) && reading.Resolve(m) is { } reporter)
                {
                    reporter.IsReporter = true;
                }

                if (m.Kind == MentionKind.Person && reading.Resolve(m) is { Role: not null } person)
                {
                    groups.Note(i, person);
                }
            }

            var speakers = results[i];
            // "WHEREAS, the County maintains authority …": a resolution's recital is the document's, no one's speech.
            var recital = IsRecital(text);
            var cues = recital ? [] : cueFinder.Find(text, words[i], quotes);
            if (cues.Count > 0 && cues[^1] is { Kind: SpeechCueKind.Colon } trailing && trailing.End >= text.AsSpan().TrimEnd().Length
                && !AnnouncesWords(paragraphs, words, i + 1))
            {
                // "Lee came into the hearing hot on the heels of a poll:" before a chart, a tweet or a list announces no
                // words of hers: a closing colon is speech only when the next paragraph quotes or speaks in the first person.
                cues = cues.Take(cues.Count - 1).ToList();
            }

            foreach (var (start, end) in sentenceSplitter.Split(text, quotes))
            {
                voiced[i] |= sentences.Attribute(reading, words[i], cues, start, end, speakers, pending, i, groups);
            }

            // A transcript's "LORI LIGHTFOOT: I issued a directive …": the words are the labelled speaker's.
            if (transcripts.Speaker(text, discourse) is { } labelled)
            {
                discourse.MakeSalient(labelled);
                if (!speakers.Contains(labelled))
                {
                    speakers.Insert(0, labelled);
                }

                voiced[i] = true;
            }

            // "As staff and volunteers at <Body>, we …": the authors speak for the body they name.
            if (speakers.Count == 0 && SelfIntroducedBodies.Body(text, reading.Mentions) is { } self && reading.Resolve(self) is { } selfBody)
            {
                speakers.Add(selfBody);
                voiced[i] = true;
            }

            foreach (var official in speakers)
            {
                if (reading.CameFromUnnamedOfficial(official))
                {
                    officials.Add((i, official));
                }
            }

            // A quote left open (the next paragraph reopens it) or "X noted:" before a block quote continues
            // with the same speaker.
            // So does a paragraph that is nothing but a quote, with no speech cue of its own, right after a
            // paragraph that credited someone ("The governor added …" / "“Our officers need …”").
            // Not a term in quotation marks that the sentence goes on to discuss ("“Sanctuary city” is a term …").
            var bareQuote = quotes.StartsWithQuote && cues.Count == 0 && previousParagraph == i - 1 && !OpensWithQuotedTerm(text);
            unattributedQuote[i] = quotes.StartsWithQuote && !quotes.EndsOpen && cues.Count == 0;
            // A statement announced by "X issued the following statement:" goes on, unquoted, through the paragraphs that
            // speak in the first person with no attribution of their own ("Today we celebrate …" / "For too long, … our").
            var statementGoesOn = statementContinues && cues.Count == 0 && FirstPersonAuthors.UsesFirstPerson(text, words[i], plural: true);
            var inherited = !recital && speakers.Count == 0 && (previousAnnounces || statementGoesOn || (quotes.StartsWithQuote && (previousQuoteOpen || bareQuote)));
            if (inherited)
            {
                speakers.AddRange(previous);
                voiced[i] = true;
            }
            else if (previous.Count > 0 && (previousAnnounces || statementContinues) && !quotes.StartsWithQuote
                && FirstPersonAuthors.UsesFirstPerson(text, words[i], plural: true))
            {
                // Inside an announced statement or speech ("Here is the full text of Lee's statement:"), a paragraph in the
                // first person is its author's; the people it reports ("Superintendent Park has confirmed") are not speaking.
                speakers.Clear();
                speakers.AddRange(previous);
                voiced[i] = true;
                inherited = true;
                statementGoesOn = true;
            }

            // An announced statement given as one closed quotation ends with it: an unquoted paragraph in the first person
            // after it is the author's again ("… quoted as saying the following:" / "“…”" / "Let me answer the governor's question.").
            statementContinues = inherited && (previousAnnounces || statementGoesOn) && !(quotes.StartsWithQuote && !quotes.EndsOpen);

            previous = speakers;
            previousParagraph = speakers.Count > 0 ? i : -1;
            previousQuoteOpen = speakers.Count > 0 && quotes.EndsOpen;
            previousAnnounces = speakers.Count > 0 && (text.EndsWith(':') || AnnouncesRemarks(text));
            if (speakers.Count > 0)
            {
                discourse.LastSpeaker = speakers[^1];
                if (SpeaksOfStatement(text))
                {
                    discourse.StatementAuthor = speakers[^1];
                }
            }
        }

        groups.CreditPending(results);
        authors.Credit(paragraphs, words, kinds, results, voiced, discourse);
        CreditQuotesNamedAfter(paragraphs, kinds, results, voiced, unattributedQuote);
        ForwardReferences.ResolveQuotesAttributedLater(paragraphs, kinds, results);
        ForwardReferences.ResolveLaterNamedBodies(pending, bodiesByParagraph, results);
        ForwardReferences.ResolveLaterNamedOfficials(officials, results);
        return new ArticleAttribution(results, voiced, discourse);
    }

    private static readonly string[] RecitalOpenings = ["WHEREAS", "RESOLVED", "FURTHER RESOLVED", "BE IT RESOLVED", "BE IT FURTHER RESOLVED", "NOW, THEREFORE", "NOW THEREFORE"];

    /// <summary>A paragraph that opens with a resolution's or ordinance's formula in capitals ("WHEREAS,", "BE IT RESOLVED").</summary>
    private static bool IsRecital(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        foreach (var opening in RecitalOpenings)
        {
            if (trimmed.StartsWith(opening, StringComparison.Ordinal) && (trimmed.Length == opening.Length || !char.IsLetter(trimmed[opening.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "in a statement", "a news release from": the paragraph speaks of a statement or a release (not "the release of
    /// the detainees", a setting free).
    /// </summary>
    private static bool SpeaksOfStatement(string text)
    {
        if (text.Contains("statement", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var at = text.IndexOf("release", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("release", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = text.AsSpan(at + "release".Length);
            if ((at == 0 || !char.IsLetter(text[at - 1])) && !(after.Length > 0 && char.IsLetter(after[0])) && !after.StartsWith(" of ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The paragraph opens a quote or speaks in the first person: words a closing colon can announce.</summary>
    private static bool AnnouncesWords(IReadOnlyList<string> paragraphs, IReadOnlyList<List<Word>> words, int next) =>
        next < paragraphs.Count
        && (QuoteMap.StartsWithQuoteIn(paragraphs[next].TrimStart()) || FirstPersonAuthors.UsesFirstPerson(paragraphs[next], words[next], plural: true));

    private static readonly string[] AnnouncedKinds = ["remarks", "speech", "statement", "testimony", "letter"];

    /// <summary>"… delivered the following remarks about …": the paragraphs after it are the remarks, colon or not.</summary>
    private static bool AnnouncesRemarks(string text)
    {
        var at = text.IndexOf("the following ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var next = text.AsSpan(at + "the following ".Length);
        foreach (var kind in AnnouncedKinds)
        {
            if (next.StartsWith(kind, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The paragraph opens with a few quoted words that end with no punctuation and go on in lower case outside the
    /// quotation marks ("“Sanctuary city” is a term …", "“Detainers” are requests …"): a term under discussion, not speech.
    /// </summary>
    internal static bool OpensWithQuotedTerm(string text)
    {
        if (text.Length < 3 || text[0] is not ('“' or '"'))
        {
            return false;
        }

        var close = text.AsSpan(1, Math.Min(text.Length - 1, 48)).IndexOfAny('”', '"');
        if (close <= 0)
        {
            return false;
        }

        var inner = text.AsSpan(1, close);
        var after = text.AsSpan(close + 2).TrimStart();
        return char.IsLetterOrDigit(inner[^1]) && inner.Count(' ') <= 2 && after.Length > 0 && char.IsLower(after[0]);
    }

    /// <summary>
    /// A quote standing alone with no speaker before it, named by the next paragraph's opening ('“We will not comply.”' /
    /// 'That was the message from Sheriff Ann Lee on Monday.'): the quote is that speaker's.
    /// </summary>
    private static void CreditQuotesNamedAfter(
        IReadOnlyList<string> paragraphs, IReadOnlyList<ParagraphKind> kinds, List<Entity>[] results, bool[] voiced, bool[] unattributedQuote)
    {
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (!unattributedQuote[i] || results[i].Count > 0 || kinds[i + 1] != ParagraphKind.Content || results[i + 1].Count == 0)
            {
                continue;
            }

            var next = paragraphs[i + 1].AsSpan().TrimStart();
            var firstWord = next[..Math.Max(0, next.IndexOfAny(' ', ',') is var space and >= 0 ? space : next.Length)];
            if (firstWord is "That" or "That's" or "That’s" or "This" or "Those" or "These" or "Such" or "So" or "Thus")
            {
                results[i].AddRange(results[i + 1]);
                voiced[i] = true;
            }
        }
    }

    /// <summary>"reporter Jo Lee", "columnist Bo Park": the word right before the name is a reporting role.</summary>
    private bool IntroducedAsReporter(string text, Mention m)
    {
        var end = m.Start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && end < m.Start && lexicon.NotSpeakerRoles.Contains(text[start..end]);
    }
}
