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
    private readonly SubjectFinder subjects = new(lexicon);

    // " spokesman " between a body and a person's name: the person speaks for the body.
    private readonly Regex officialTitle = AnalysisRegex.Create($@"^\s+(?i:{AnalysisLexicon.Words(lexicon.Organisations.OfficialNouns)})\s+$");

    // "the sheriffs say": a plural role noun → the roles its holders have ("sheriffs" → sheriff).
    private readonly FrozenDictionary<string, string[]> pluralRoles = PluralRoles(lexicon);

    private const int GroupReach = 2;

    // A line that is only a dash and at most eight words: the signature under a pull quote ("— Mayor Jo Lee", "--Gov. Lee").
    private static readonly Regex SignatureLine = AnalysisRegex.Create(@"^\s*(?:[—–]|--?)\s*\p{Lu}[^\s.!?]*\.?(?:\s+[^\s]+){0,7}\s*$");

    // How many paragraphs after "Four sheriffs are suing …" the four may be named, when the number is given.
    private const int PendingReach = 3;

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5, ["6"] = 6, ["7"] = 7, ["8"] = 8, ["9"] = 9, ["10"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

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
        var groups = new GroupState(paragraphs.Count);
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
                    voiced[i - 1] |= Credit(signature, signer, results[i - 1], pending, i - 1);
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

                if (m.Kind == MentionKind.Person && reading.Resolve(m) is { Role: not null } person && !groups.People[i].Contains(person))
                {
                    groups.People[i].Add(person);
                }
            }

            var speakers = results[i];
            var cues = cueFinder.Find(text, words[i], quotes);
            if (cues.Count > 0 && cues[^1] is { Kind: SpeechCueKind.Colon } trailing && trailing.End >= text.AsSpan().TrimEnd().Length
                && !AnnouncesWords(paragraphs, words, i + 1))
            {
                // "Lee came into the hearing hot on the heels of a poll:" before a chart, a tweet or a list announces no
                // words of hers: a closing colon is speech only when the next paragraph quotes or speaks in the first person.
                cues = cues.Take(cues.Count - 1).ToList();
            }

            foreach (var (start, end) in sentenceSplitter.Split(text, quotes))
            {
                voiced[i] |= AttributeSentence(reading, words[i], cues, start, end, speakers, pending, i, groups);
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
            var inherited = speakers.Count == 0 && (previousAnnounces || statementGoesOn || (quotes.StartsWithQuote && (previousQuoteOpen || bareQuote)));
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

            statementContinues = inherited && (previousAnnounces || statementGoesOn);

            previous = speakers;
            previousParagraph = speakers.Count > 0 ? i : -1;
            previousQuoteOpen = speakers.Count > 0 && quotes.EndsOpen;
            previousAnnounces = speakers.Count > 0 && (text.EndsWith(':') || AnnouncesRemarks(text));
            if (speakers.Count > 0)
            {
                discourse.LastSpeaker = speakers[^1];
            }
        }

        foreach (var (paragraph, roles, count) in groups.Pending)
        {
            // "Four sheriffs are suing …" with the sheriffs named in the next paragraph; or a little later, when the
            // number the sentence gave is the number of holders that paragraph names ("The suit was brought by Sheriff
            // A, Sheriff B, Sheriff C and Sheriff D").
            for (var later = paragraph + 1; later < paragraphs.Count && later <= paragraph + PendingReach && results[paragraph].Count == 0; later++)
            {
                var named = groups.People[later].Where(p => roles.Contains(p.Role)).ToList();
                if (named.Count >= 2 && (later == paragraph + 1 ? count is 0 || count == named.Count : count == named.Count))
                {
                    results[paragraph].AddRange(named);
                }
            }
        }

        authors.Credit(paragraphs, words, kinds, results, voiced, discourse);
        CreditQuotesNamedAfter(paragraphs, kinds, results, voiced, unattributedQuote);
        ForwardReferences.ResolveQuotesAttributedLater(paragraphs, kinds, results);
        ForwardReferences.ResolveLaterNamedBodies(pending, bodiesByParagraph, results);
        ForwardReferences.ResolveLaterNamedOfficials(officials, results);
        return new ArticleAttribution(results, voiced, discourse);
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

    /// <summary>Credits the sentence's speakers; true when someone was credited through a speech verb (not only "according to").</summary>
    private bool AttributeSentence(ParagraphReading reading, List<Word> words, IReadOnlyList<SpeechCue> paragraphCues, int start, int end, List<Entity> speakers,
        List<(int, string)> pending, int paragraph, GroupState groups)
    {
        // Mentions and cues are in text order: the sentence's own are found by binary search, not by reading the
        // paragraph's lists once per sentence (which made a paragraph of many sentences quadratic in its length).
        var voiced = false;
        var inSentence = new List<Mention>();
        var mentions = reading.Mentions;
        for (var k = FirstAtOrAfter(mentions, start, static m => m.Start); k < mentions.Count && mentions[k].Start < end; k++)
        {
            if (mentions[k].End <= end)
            {
                inSentence.Add(mentions[k]);
            }
        }

        var sentence = new SentenceMentions(inSentence);
        var sentenceSpeakers = new List<Entity>();

        // A person whose possessive opens the sentence ("Holt's lawsuit was filed after he …") is its topic: salient
        // for its pronouns and later ones, before its subject is resolved.
        if (inSentence.Count > 0 && inSentence[0] is { Kind: MentionKind.Person, Possessive: true } owner
            && reading.Text.AsSpan(start, owner.Start - start).Trim().Trim("\"“‘'").IsEmpty && reading.Resolve(owner) is { } ownerEntity)
        {
            reading.Discourse.MakeSalient(ownerEntity);
        }

        // "Attorney General Ann Holt's office said …" opens the sentence: an office is no "he" or "she", so a pronoun
        // after it is the holder's, not that of a person who spoke before.
        if (inSentence.Count > 0 && inSentence[0] is { Kind: MentionKind.OfficeOf } officeMention
            && reading.Text.AsSpan(start, officeMention.Start - start).Trim().Trim("\"“‘'").IsEmpty
            && reading.Resolve(officeMention) is { Kind: EntityKind.Office, Owner: { Kind: EntityKind.Person } holder })
        {
            reading.Discourse.MakeSalient(holder);
        }

        // "the Trump administration’s lawsuit": the administration litigates, as the Department of Justice.
        // "The lawsuit, filed by the Center, argues …": the body that filed it is the suit's filer.
        foreach (var m in inSentence)
        {
            if (m is { Kind: MentionKind.Organisation, Possessive: false } && m.Start >= 3 && LawsuitFilers.FiledBy(reading.Text, ByBefore(reading.Text, m.Start))
                && reading.Resolve(m) is { } agent)
            {
                reading.Discourse.Filer = agent;
            }

            if (m is { Kind: MentionKind.Organisation, Possessive: true } && LawsuitFilers.OwnsSuit(reading.Text, m)
                && reading.Resolve(m) is { } litigant && LawsuitFilers.IsAdministration(litigant))
            {
                reading.Discourse.Litigates(litigant);
            }
        }

        // The grammatical subject first: it is salient for later pronouns whether or not it speaks.
        var subject = subjects.FirstInSubjectPosition(reading.Text, start, sentence);
        if (subject is not null && reading.Resolve(subject) is { } subjectEntity)
        {
            reading.Discourse.MakeSalient(subjectEntity);
            if (LawsuitFilers.FilesSuit(reading.Text, subject))
            {
                reading.Discourse.Filer = subject.Kind == MentionKind.Organisation ? subjectEntity : null;
            }

            // "The Trump administration sued Illinois …": a president's government goes to court as the Department of Justice.
            if (LawsuitFilers.IsAdministration(subjectEntity) && LawsuitFilers.Sues(reading.Text, subject))
            {
                reading.Discourse.Litigates(subjectEntity);
            }

            if (Posters.Posts(reading.Text, subject))
            {
                reading.Discourse.Poster = subjectEntity;
            }
        }

        // A person introduced with a description ("… immigrants like Jo Lee, a leader with the Center.") is the one a
        // following "she said" is about, even as an object: salient after the subject. Only the first ("Jo Lee, a
        // leader with Access Living, a nonprofit": the second is her body's description).
        foreach (var m in inSentence)
        {
            if (m is { Kind: MentionKind.Person, Possessive: false } && !ReferenceEquals(m, subject) && m.Name.Contains(' ', StringComparison.Ordinal)
                && SubjectClauses.IntroducedWithDescription(reading.Text, m.End) && reading.Resolve(m) is { } introduced)
            {
                reading.Discourse.MakeSalient(introduced);
                break;
            }
        }

        // The sentence's cues are those that start inside it; verbs and lead-ins first, then participles.
        var firstCue = FirstAtOrAfter(paragraphCues, start, static c => c.Start);
        for (var k = firstCue; k < paragraphCues.Count && paragraphCues[k].Start < end; k++)
        {
            var cue = paragraphCues[k];
            if (cue.Kind is SpeechCueKind.Participle or SpeechCueKind.Colon)
            {
                continue;
            }

            if (cue.Kind == SpeechCueKind.BodyVerb)
            {
                voiced |= CreditBodySubject(reading, sentence, cue, start, subject, sentenceSpeakers, pending, paragraph);
                continue;
            }

            if (cue.Kind == SpeechCueKind.Verb && CreditGroup(words, cue.Start, start, false, sentenceSpeakers, paragraph, groups))
            {
                voiced = true;
                continue;
            }

            var mention = cue.Kind == SpeechCueKind.LeadIn ? SubjectFinder.MentionAfter(reading.Text, sentence, cue) : SubjectFinder.SubjectOf(reading.Text, sentence, cue, start);
            if (mention is null && cue.Kind == SpeechCueKind.Verb && subject is not null
                && (SubjectClauses.IsLongAppositive(reading.Text, start, subject, cue.Start) || SubjectClauses.IsCoordinatedPredicate(reading.Text, start, subject, sentence, cue.Start)))
            {
                // "Ald. Chris Taliaferro, 29th, a former sergeant who chairs the committee and signed on as a co-sponsor, says":
                // the sentence's subject, its long appositive set off by commas, then the verb. "Jo Lee of the Center helped
                // craft the bill and said": the subject's second verb.
                mention = subject;
            }

            if (mention is null && cue.Kind == SpeechCueKind.Verb && SubjectClauses.AppositiveName(reading.Text, start, sentence, cue.Start) is { } named)
            {
                // "The group's director, Ann Holt, said": the name set off by commas right before the verb. "Jo Lee and her
                // chief of staff, Ann Holt, have pledged": the person joined to the description speaks too.
                mention = named;
                if (SubjectClauses.PartnerOfDescribedName(reading.Text, start, sentence, named) is { } describedPartner)
                {
                    Credit(reading, describedPartner, sentenceSpeakers, pending, paragraph);
                }
            }

            if (mention is null && cue.Kind == SpeechCueKind.Verb
                && SubjectFinder.AllOfWhomBefore(reading.Text, sentence, cue.Start, out var joinedBy) is { Count: > 0 } everyone)
            {
                // "Lee was joined by Mayors A of X, B of Y and C of Z, all of whom defended …": each of them, and Lee.
                if (joinedBy && subject is { Kind: MentionKind.Person or MentionKind.Organisation, Possessive: false } && !everyone.Contains(subject))
                {
                    voiced |= Credit(reading, subject, sentenceSpeakers, pending, paragraph);
                }

                foreach (var member in everyone)
                {
                    voiced |= Credit(reading, member, sentenceSpeakers, pending, paragraph);
                }

                continue;
            }

            if (mention is null && cue.Kind == SpeechCueKind.Verb && SubjectFinder.IncludedBefore(reading.Text, sentence, cue.Start) is { Count: > 0 } included)
            {
                // "Critics, including the Civil Liberties Union, argue …": the members named speak.
                foreach (var member in included)
                {
                    voiced |= Credit(reading, member, sentenceSpeakers, pending, paragraph);
                }

                continue;
            }

            if (mention is null && cue.Kind == SpeechCueKind.Verb && reading.Discourse.Filer is { } filer
                && LawsuitFilers.SuitIsSubject(reading.Text, start, cue.Start))
            {
                // "… filing a suit against the state that alleges obstruction": the suit's words are its filer's.
                voiced |= CreditEntity(reading, filer, sentenceSpeakers);
                continue;
            }

            if (mention is not null && SubjectFinder.IsNegated(reading.Text, mention))
            {
                continue;
            }

            voiced |= Credit(reading, mention, sentenceSpeakers, pending, paragraph) && cue.Kind == SpeechCueKind.Verb;
            if (mention is not null && SubjectFinder.AfterStatement(reading.Text, cue, mention))
            {
                // "said a joint statement from the Center, the Alliance and the Coalition": every signer.
                foreach (var signer in SubjectFinder.ListedAfter(reading.Text, sentence, mention, end))
                {
                    Credit(reading, signer, sentenceSpeakers, pending, paragraph);
                }
            }
            if (mention is not null && QuotedSurnames.BesideQuote(reading.Text, mention, cue) && reading.Resolve(mention) is { } quoted)
            {
                quoted.NamedBesideQuote = true;
            }

            if (mention is not null && SubjectFinder.CoordinatedBefore(reading.Text, sentence, mention) is { } partner)
            {
                Credit(reading, partner, sentenceSpeakers, pending, paragraph);
            }

            if (mention is not null && cue.Kind == SpeechCueKind.Verb && AppositivePartners.PartnerOf(reading.Text, start, sentence, mention) is { } titledPartner)
            {
                Credit(reading, titledPartner, sentenceSpeakers, pending, paragraph);
            }

            if (mention is not null && cue.Kind == SpeechCueKind.Verb)
            {
                foreach (var listed in SubjectFinder.ListedBefore(reading.Text, sentence, mention, subject))
                {
                    Credit(reading, listed, sentenceSpeakers, pending, paragraph);
                }
            }
        }

        for (var k = firstCue; k < paragraphCues.Count && paragraphCues[k].Start < end; k++)
        {
            var cue = paragraphCues[k];
            if (cue.Kind == SpeechCueKind.Colon)
            {
                // "Lee had a blunt message for ICE: “…”": the clause's subject, when nothing else in the sentence spoke and
                // it is someone identifiable (not "In Chicago, the message was: …").
                if (sentenceSpeakers.Count == 0 && subject is not null && subject.End <= cue.Start && reading.Resolve(subject) is { } announcer
                    && (announcer.Kind is EntityKind.Organisation or EntityKind.Office
                        || (announcer.Kind == EntityKind.Person && (!announcer.IsSurnameOnly || announcer.Role is not null || announcer.HasSpoken))))
                {
                    voiced |= Credit(reading, subject, sentenceSpeakers, pending, paragraph);
                }

                continue;
            }

            if (cue.Kind != SpeechCueKind.Participle)
            {
                continue;
            }

            if (sentenceSpeakers.Count == 0 && CreditGroup(words, cue.Start, start, true, sentenceSpeakers, paragraph, groups))
            {
                voiced = true;
                continue;
            }

            if (DocumentBefore(reading.Text, cue.Start) || DeclinesToSay(reading.Text, cue))
            {
                // "voted to approve a resolution declaring the county …": the document declares, not the voters.
                continue;
            }

            var mention = SubjectFinder.NearestSubject(reading.Text, sentence, cue.Start);
            if (mention is { Kind: MentionKind.Outlet })
            {
                // "X was quoted in the Tribune saying": the outlet passes the words along; the clause's subject spoke.
                mention = null;
            }

            if (mention is null && SubjectFinder.AfterObjectOfSuit(reading.Text, sentence, cue.Start, out var suer))
            {
                // "… when the city sued Sessions, arguing": the suer argues, named or not; not the sentence's subject.
                voiced |= Credit(reading, suer, sentenceSpeakers, pending, paragraph);
                continue;
            }

            if (mention is null && sentenceSpeakers.Count == 0)
            {
                // Not an item of a list ("sued officials in Illinois, Chicago, and Cook County …, accusing"): the comma
                // before it ends no introductory clause.
                mention = subject is not null && subject.Start < cue.Start && !SubjectFinder.IsListItem(reading.Text, sentence, subject) ? subject : null;
                if (mention is not null)
                {
                    // "Sheriffs Ann Lee, Bo Park and Cy Moore filed suit, arguing …": the whole list.
                    foreach (var listed in SubjectFinder.ListedAfter(reading.Text, sentence, mention, cue.Start))
                    {
                        Credit(reading, listed, sentenceSpeakers, pending, paragraph);
                    }
                }
            }

            voiced |= Credit(reading, mention, sentenceSpeakers, pending, paragraph);
        }

        // "The Department of Justice filed a lawsuit … for “interfering” with …": the quoted charge is the filer's.
        if (sentenceSpeakers.Count == 0 && subject is not null && LawsuitFilers.FilesSuit(reading.Text, subject)
            && LawsuitFilers.QuotesCharge(reading.Text, subject, end))
        {
            voiced |= Credit(reading, subject, sentenceSpeakers, pending, paragraph);
        }

        foreach (var speaker in sentenceSpeakers)
        {
            reading.Discourse.MakeSalient(speaker);
            if (!speakers.Contains(speaker))
            {
                speakers.Add(speaker);
            }
        }

        return voiced;
    }

    /// <summary>
    /// A group of named role holders as the subject: "the sheriffs say" (the sheriffs named so far in the
    /// article, at least two), "they maintain" (the group credited in the last two paragraphs), "Four sheriffs
    /// are suing …, claiming" (a participle whose sentence opens with the plural: named in the next paragraph).
    /// True when the cue's subject is such a group, credited now or left pending; then no other subject is sought.
    /// </summary>
    /// <summary>Words that make a plural role a part of the group ("several aldermen", "other sheriffs"), never its named members.</summary>
    private static readonly HashSet<string> IndefiniteQuantifiers = new(StringComparer.Ordinal)
    {
        "several", "some", "many", "few", "other", "numerous", "various", "dozens", "most",
    };

    private bool CreditGroup(List<Word> words, int cueStart, int sentenceStart, bool participle, List<Entity> sentenceSpeakers, int paragraph, GroupState groups)
    {
        var cueWord = FirstAtOrAfter(words, cueStart, static w => w.Start);
        var firstWord = FirstAtOrAfter(words, sentenceStart, static w => w.Start);
        string[]? roles = null;
        var count = 0;
        var before = cueWord > firstWord ? words[cueWord - 1].Lower : "";
        var afterThey = before == "they" || (cueWord - 2 >= firstWord && words[cueWord - 2].Lower == "they" && before is "also" or "still" or "further" or "have" or "had");
        var participleCue = participle;
        if (participle || afterThey)
        {
            // The plural opens the sentence: "Four Illinois sheriffs", "The two sheriffs"; a participle's subject, or
            // the "they" of the same sentence ("Four sheriffs have filed suit to overturn the law they believe …").
            for (var k = firstWord; k < cueWord && k < firstWord + 4; k++)
            {
                if (pluralRoles.TryGetValue(words[k].Lower, out roles))
                {
                    // "Sheriffs Ann Holt, Bo Park and Cy Moore filed suit, saying": a plural title before the names
                    // themselves; the list is the subject, not a group to be named later.
                    if (k + 1 < cueWord && words[k + 1].Capitalised)
                    {
                        roles = null;
                    }

                    for (var n = firstWord; n < k; n++)
                    {
                        count = NumberWords.GetValueOrDefault(words[n].Lower, count);
                        if (IndefiniteQuantifiers.Contains(words[n].Lower))
                        {
                            roles = null;
                        }
                    }

                    break;
                }
            }

            participle |= roles is not null;
        }

        if (roles is null && !participleCue && cueWord > firstWord)
        {
            if (afterThey)
            {
                if (groups.Last is { } last && paragraph - groups.LastParagraph <= GroupReach)
                {
                    Add(sentenceSpeakers, last);
                    return true;
                }

                return false;
            }

            // "The sheriffs jointly contend": an adverb may stand between the plural and its verb.
            var plural = cueWord - 1;
            while (plural > firstWord && words[plural].Lower is { Length: > 3 } adverb && (adverb.EndsWith("ly", StringComparison.Ordinal) || adverb is "also" or "still"))
            {
                plural--;
            }

            // "Several aldermen spoke out": some of them, not every alderman the article named.
            if (plural - 1 < firstWord || !IndefiniteQuantifiers.Contains(words[plural - 1].Lower))
            {
                pluralRoles.TryGetValue(words[plural].Lower, out roles);
            }
        }

        if (roles is null)
        {
            return false;
        }

        var named = new List<Entity>();
        for (var p = 0; p <= paragraph; p++)
        {
            foreach (var person in groups.People[p])
            {
                if (roles.Contains(person.Role) && !named.Contains(person))
                {
                    named.Add(person);
                }
            }
        }

        // "Sheriff Jo Lee is among four sheriffs suing … The sheriffs say": one named holder in this very paragraph is
        // the group's named voice.
        if (named.Count >= 2 || (!participle && named.Count == 1 && groups.People[paragraph].Contains(named[0])))
        {
            Add(sentenceSpeakers, named);
            groups.Last = named;
            groups.LastParagraph = paragraph;
            return true;
        }

        if (participle)
        {
            groups.Pending.Add((paragraph, roles, count));
            return true;
        }

        return false;
    }

    private static void Add(List<Entity> speakers, List<Entity> group)
    {
        foreach (var person in group)
        {
            person.HasSpoken = true;
            if (!speakers.Contains(person))
            {
                speakers.Add(person);
            }
        }
    }

    private static FrozenDictionary<string, string[]> PluralRoles(AnalysisLexicon lexicon)
    {
        var plurals = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (noun, target) in lexicon.References.Descriptions)
        {
            var roles = target.Split('|');
            if (roles.Any(r => r is "organisation" or "government" or "statement" or "official" or "spokesperson"))
            {
                continue;
            }

            var last = noun[(noun.LastIndexOf(' ') + 1)..];
            var plural = last.EndsWith("man", StringComparison.Ordinal) ? last[..^3] + "men"
                : last.EndsWith('y') ? last[..^1] + "ies"
                : last + "s";
            plurals.TryAdd(plural, roles);
        }

        return plurals.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Per article: the role holders each paragraph names, the last group credited, groups named later.</summary>
    private sealed class GroupState(int paragraphs)
    {
        public List<Entity>[] People { get; } = [.. Enumerable.Range(0, paragraphs).Select(_ => new List<Entity>())];

        public List<Entity>? Last { get; set; }

        public int LastParagraph { get; set; } = -1;

        public List<(int Paragraph, string[] Roles, int Count)> Pending { get; } = [];
    }

    /// <summary>The index of the first item whose position is at or after <paramref name="position"/>, in a list ordered by that position.</summary>
    private static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int position, Func<T, int> positionOf)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (positionOf(items[middle]) < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
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

    /// <summary>
    /// "The Department of Homeland Security (DHS) today announced …", "ICE and the Department of Homeland Security have
    /// announced …": a body-only verb credits the sentence's subject, and a body joined to it by "and", when they are bodies.
    /// </summary>
    private static bool CreditBodySubject(ParagraphReading reading, SentenceMentions sentence, SpeechCue cue, int start, Mention? subject,
        List<Entity> sentenceSpeakers, List<(int, string)> pending, int paragraph)
    {
        var mention = SubjectFinder.SubjectOf(reading.Text, sentence, cue, start);
        if (mention is null || !ReferenceEquals(mention, subject) && SubjectFinder.CoordinatedBefore(reading.Text, sentence, mention) != subject)
        {
            return false;
        }

        if (mention.Possessive || SubjectFinder.IsNegated(reading.Text, mention) || reading.Resolve(mention) is not { Kind: EntityKind.Organisation })
        {
            return false;
        }

        var voiced = Credit(reading, mention, sentenceSpeakers, pending, paragraph);
        if (SubjectFinder.CoordinatedBefore(reading.Text, sentence, mention) is { } partner && reading.Resolve(partner) is { Kind: EntityKind.Organisation })
        {
            Credit(reading, partner, sentenceSpeakers, pending, paragraph);
        }

        return voiced;
    }

    /// <summary>Where "by" starts right before a mention ("by the Center"), or -1.</summary>
    private static int ByBefore(string text, int mentionStart)
    {
        var end = mentionStart;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end >= 4 && text.AsSpan(end - 4, 4) is " the")
        {
            end -= 4;
        }

        return end >= 3 && text.AsSpan(end - 3, 3) is " by" ? end - 2 : -1;
    }

    private static readonly string[] NotSaying =
    [
        "declined", "declines", "refused", "refuses", "not", "nothing", "hard", "early", "fair", "safe", "difficult", "impossible", "unable",
        "reluctant", "hesitant", "enough", "much", "little", "anything", "something", "more", "less", "decline", "refuse", "needless", "suffice",
    ];

    /// <summary>"declined to say", "had nothing to say", "it is fair to say": a purposive "to say" that reports no words.</summary>
    private static bool DeclinesToSay(string text, SpeechCue cue)
    {
        if (!cue.Text.StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var end = cue.Start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’'))
        {
            start--;
        }

        var word = text.AsSpan(start, end - start);
        if (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var not in NotSaying)
        {
            if (word.Equals(not, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Documents = ["resolution", "ordinance", "bill", "measure", "order", "proclamation", "law", "amendment", "policy", "memo", "directive"];

    /// <summary>"a resolution declaring", "an executive order barring": the word right before the participle (no comma) is a document.</summary>
    private static bool DocumentBefore(string text, int participleStart)
    {
        var end = participleStart;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (end == participleStart || start == end)
        {
            return false;
        }

        var word = text.AsSpan(start, end - start);
        foreach (var document in Documents)
        {
            if (word.Equals(document, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Credits an entity the sentence points to without naming it ("the suit … that alleges": its filer).</summary>
    private static bool CreditEntity(ParagraphReading reading, Entity entity, List<Entity> sentenceSpeakers)
    {
        entity.HasSpoken = true;
        if (!sentenceSpeakers.Contains(entity))
        {
            sentenceSpeakers.Add(entity);
        }

        reading.Discourse.MakeSalient(entity);
        return true;
    }

    /// <summary>Credits the entity a subject mention stands for; true when it is an identifiable speaker.</summary>
    private static bool Credit(ParagraphReading reading, Mention? mention, List<Entity> sentenceSpeakers, List<(int, string)> pending, int paragraph)
    {
        if (mention is null)
        {
            return false;
        }

        if (mention.Kind == MentionKind.IndefiniteBody)
        {
            pending.Add((paragraph, mention.Name));
            return true;
        }

        var entity = reading.Resolve(mention);
        if (entity is null || entity.Kind == EntityKind.Unnamed || entity.IsReporter)
        {
            return false;
        }

        entity.HasSpoken = true;
        if (!sentenceSpeakers.Contains(entity))
        {
            sentenceSpeakers.Add(entity);
        }

        // "when Reid asked Pritzker if …, which she referred to as": a speaker just credited is the nearest referent of a
        // pronoun later in the same sentence.
        if (entity.Kind == EntityKind.Person && entity.Gender != Gender.Unknown)
        {
            reading.Discourse.MakeSalient(entity);
        }

        return true;
    }
}
