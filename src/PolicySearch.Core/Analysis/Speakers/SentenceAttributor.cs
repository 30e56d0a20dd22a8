using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Credits the speakers of one sentence, in four steps:
/// <list type="number">
/// <item>the topics it makes salient for later pronouns (a possessive or an office opening it, a suit's filer, its
/// grammatical subject, a person introduced with a description), whether or not they speak;</item>
/// <item>its speech verbs and lead-ins, each crediting the subject it finds;</item>
/// <item>its participles and colons, which speak only for a subject no verb credited;</item>
/// <item>a suit's quoted charge, which is its filer's.</item>
/// </list>
/// </summary>
internal sealed class SentenceAttributor(SubjectFinder subjects)
{
    /// <summary>
    /// Adds the sentence's speakers to <paramref name="speakers"/> (the paragraph's); true when someone was credited
    /// through a speech verb (not only "according to").
    /// </summary>
    public bool Attribute(ParagraphReading reading, List<Word> words, IReadOnlyList<SpeechCue> paragraphCues, int start, int end,
        List<Entity> speakers, List<(int Paragraph, string Head)> pending, int paragraph, RoleGroups groups)
    {
        // Mentions and cues are in text order: the sentence's own are found by binary search, not by reading the
        // paragraph's lists once per sentence (which made a paragraph of many sentences quadratic in its length).
        var inSentence = new List<Mention>();
        var mentions = reading.Mentions;
        for (var k = OrderedPositions.FirstAtOrAfter(mentions, start, static m => m.Start); k < mentions.Count && mentions[k].Start < end; k++)
        {
            if (mentions[k].End <= end)
            {
                inSentence.Add(mentions[k]);
            }
        }

        var cues = new List<SpeechCue>();
        for (var k = OrderedPositions.FirstAtOrAfter(paragraphCues, start, static c => c.Start); k < paragraphCues.Count && paragraphCues[k].Start < end; k++)
        {
            cues.Add(paragraphCues[k]);
        }

        var sentence = new SentenceMentions(inSentence);
        var credits = new SpeakerCredits(reading, [], pending, paragraph);
        var subject = NoteTopics(reading, inSentence, sentence, start);
        var voiced = CreditVerbCues(credits, words, sentence, cues, start, end, subject, groups, paragraph);
        voiced |= CreditClauseCues(credits, words, sentence, cues, start, subject, groups, paragraph);

        // "The Department of Justice filed a lawsuit … for “interfering” with …": the quoted charge is the filer's; so are
        // the grounds a body's filing states ("filed a brief … attacking the TRUST Act").
        if (credits.Speakers.Count == 0 && subject is not null && LawsuitFilers.FilesSuit(reading.Text, subject)
            && (LawsuitFilers.QuotesCharge(reading.Text, subject, end)
                || (subject.Kind == MentionKind.Organisation && LawsuitFilers.StatesGrounds(reading.Text, subject, end))))
        {
            voiced |= credits.Credit(subject);
        }

        foreach (var speaker in credits.Speakers)
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
    /// Makes salient what the sentence is about, before any speaker is sought, and notes a suit's filer and a poster;
    /// returns the sentence's grammatical subject.
    /// </summary>
    private Mention? NoteTopics(ParagraphReading reading, List<Mention> inSentence, SentenceMentions sentence, int start)
    {
        var text = reading.Text;

        // A person whose possessive opens the sentence ("Holt's lawsuit was filed after he …") is its topic: salient
        // for its pronouns and later ones, before its subject is resolved.
        if (inSentence.Count > 0 && inSentence[0] is { Kind: MentionKind.Person, Possessive: true } owner
            && text.AsSpan(start, owner.Start - start).Trim().Trim("\"“‘'").IsEmpty && reading.Resolve(owner) is { } ownerEntity)
        {
            reading.Discourse.MakeSalient(ownerEntity);
        }

        // "Attorney General Ann Holt's office said …" opens the sentence: an office is no "he" or "she", so a pronoun
        // after it is the holder's, not that of a person who spoke before.
        if (inSentence.Count > 0 && inSentence[0] is { Kind: MentionKind.OfficeOf } officeMention
            && text.AsSpan(start, officeMention.Start - start).Trim().Trim("\"“‘'").IsEmpty
            && reading.Resolve(officeMention) is { Kind: EntityKind.Office, Owner: { Kind: EntityKind.Person } holder })
        {
            reading.Discourse.MakeSalient(holder);
        }

        // "the Trump administration’s lawsuit": the administration litigates, as the Department of Justice.
        // "The lawsuit, filed by the Center, argues …": the body that filed it is the suit's filer.
        foreach (var m in inSentence)
        {
            if (m is { Kind: MentionKind.Organisation, Possessive: false } && m.Start >= 3 && LawsuitFilers.FiledBy(text, ByBefore(text, m.Start))
                && reading.Resolve(m) is { } agent)
            {
                reading.Discourse.Filer = agent;
            }

            if (m is { Kind: MentionKind.Organisation, Possessive: true } && LawsuitFilers.OwnsSuit(text, m)
                && reading.Resolve(m) is { } litigant && LawsuitFilers.IsAdministration(litigant))
            {
                reading.Discourse.Litigates(litigant);
            }
        }

        // The grammatical subject first: it is salient for later pronouns whether or not it speaks.
        var subject = subjects.FirstInSubjectPosition(text, start, sentence);
        if (subject is not null && reading.Resolve(subject) is { } subjectEntity)
        {
            reading.Discourse.MakeSalient(subjectEntity);
            if (LawsuitFilers.FilesSuit(text, subject))
            {
                reading.Discourse.Filer = subject.Kind == MentionKind.Organisation ? subjectEntity : null;
            }

            // "The Trump administration sued Illinois …": a president's government goes to court as the Department of Justice.
            if (LawsuitFilers.IsAdministration(subjectEntity) && LawsuitFilers.Sues(text, subject))
            {
                reading.Discourse.Litigates(subjectEntity);
            }

            if (Posters.Posts(text, subject))
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
                && SubjectClauses.IntroducedWithDescription(text, m.End) && reading.Resolve(m) is { } introduced)
            {
                reading.Discourse.MakeSalient(introduced);
                break;
            }
        }

        return subject;
    }

    /// <summary>Speech verbs, body-only verbs and lead-ins ("according to"): each credits the subject it finds.</summary>
    private static bool CreditVerbCues(SpeakerCredits credits, List<Word> words, SentenceMentions sentence, List<SpeechCue> cues,
        int start, int end, Mention? subject, RoleGroups groups, int paragraph)
    {
        var reading = credits.Reading;
        var text = reading.Text;
        var voiced = false;
        foreach (var cue in cues)
        {
            if (cue.Kind is SpeechCueKind.Participle or SpeechCueKind.Colon)
            {
                continue;
            }

            if (cue.Kind == SpeechCueKind.BodyVerb)
            {
                voiced |= CreditBodySubject(credits, sentence, cue, start, subject);
                continue;
            }

            if (cue.Kind == SpeechCueKind.Verb && groups.Credit(words, cue.Start, start, false, credits.Speakers, paragraph))
            {
                voiced = true;
                continue;
            }

            var mention = cue.Kind == SpeechCueKind.LeadIn ? SubjectFinder.MentionAfter(text, sentence, cue) : SubjectFinder.SubjectOf(text, sentence, cue, start);
            if (mention is null && cue.Kind == SpeechCueKind.Verb && subject is not null
                && (SubjectClauses.IsLongAppositive(text, start, subject, cue.Start) || SubjectClauses.IsCoordinatedPredicate(text, start, subject, sentence, cue.Start)))
            {
                // "Ald. Chris Taliaferro, 29th, a former sergeant who chairs the committee and signed on as a co-sponsor, says":
                // the sentence's subject, its long appositive set off by commas, then the verb. "Jo Lee of the Center helped
                // craft the bill and said": the subject's second verb.
                mention = subject;
            }

            if (mention is null && cue.Kind == SpeechCueKind.Verb && subject is { Kind: MentionKind.Organisation or MentionKind.OfficeOf, Possessive: false }
                && SubjectClauses.BareSpokespersonBefore(text, subject.End, cue.Start))
            {
                // "The attorney general's office is reviewing the suit, a spokesperson said": the body the sentence opens with.
                mention = subject;
            }

            if (mention is null && cue.Kind == SpeechCueKind.Verb && SubjectClauses.AppositiveName(text, start, sentence, cue.Start) is { } named)
            {
                // "The group's director, Ann Holt, said": the name set off by commas right before the verb. "Jo Lee and her
                // chief of staff, Ann Holt, have pledged": the person joined to the description speaks too.
                mention = named;
                if (SubjectClauses.PartnerOfDescribedName(text, start, sentence, named) is { } describedPartner)
                {
                    credits.Credit(describedPartner);
                }
            }

            if (mention is null && cue.Kind == SpeechCueKind.Verb
                && SubjectFinder.AllOfWhomBefore(text, sentence, cue.Start, out var joinedBy) is { Count: > 0 } everyone)
            {
                // "Lee was joined by Mayors A of X, B of Y and C of Z, all of whom defended …": each of them, and Lee.
                if (joinedBy && subject is { Kind: MentionKind.Person or MentionKind.Organisation, Possessive: false } && !everyone.Contains(subject))
                {
                    voiced |= credits.Credit(subject);
                }

                foreach (var member in everyone)
                {
                    voiced |= credits.Credit(member);
                }

                continue;
            }

            if (mention is null && cue.Kind == SpeechCueKind.Verb && SubjectFinder.IncludedBefore(text, sentence, cue.Start) is { Count: > 0 } included)
            {
                // "Critics, including the Civil Liberties Union, argue …": the members named speak.
                foreach (var member in included)
                {
                    voiced |= credits.Credit(member);
                }

                continue;
            }

            if (mention is null && cue.Kind == SpeechCueKind.Verb && reading.Discourse.Filer is { } filer
                && LawsuitFilers.SuitIsSubject(text, start, cue.Start))
            {
                // "… filing a suit against the state that alleges obstruction": the suit's words are its filer's.
                voiced |= credits.CreditEntity(filer);
                continue;
            }

            if (mention is not null && SubjectFinder.IsNegated(text, mention))
            {
                continue;
            }

            voiced |= credits.Credit(mention) && cue.Kind == SpeechCueKind.Verb;
            if (mention is null)
            {
                continue;
            }

            CreditPartners(credits, sentence, cue, start, end, subject, mention);
        }

        return voiced;
    }

    /// <summary>Those who speak with a credited subject: co-signers, a partner joined by "and", a list before it.</summary>
    private static void CreditPartners(SpeakerCredits credits, SentenceMentions sentence, SpeechCue cue, int start, int end, Mention? subject, Mention mention)
    {
        var reading = credits.Reading;
        var text = reading.Text;
        if (SubjectFinder.AfterStatement(text, cue, mention))
        {
            // "said a joint statement from the Center, the Alliance and the Coalition": every signer.
            foreach (var signer in SubjectFinder.ListedAfter(text, sentence, mention, end))
            {
                credits.Credit(signer);
            }
        }

        if (QuotedSurnames.BesideQuote(text, mention, cue) && reading.Resolve(mention) is { } quoted)
        {
            quoted.NamedBesideQuote = true;
        }

        if (SubjectFinder.CoordinatedBefore(text, sentence, mention) is { } partner)
        {
            credits.Credit(partner);
        }

        if (cue.Kind == SpeechCueKind.Verb && AppositivePartners.PartnerOf(text, start, sentence, mention) is { } titledPartner)
        {
            credits.Credit(titledPartner);
        }

        if (cue.Kind == SpeechCueKind.Verb)
        {
            foreach (var listed in SubjectFinder.ListedBefore(text, sentence, mention, subject))
            {
                credits.Credit(listed);
            }
        }
    }

    /// <summary>
    /// Colons and participles, after every verb: "Lee had a blunt message for ICE: “…”" and "…, arguing that" speak only
    /// for a subject that no verb of the sentence credited.
    /// </summary>
    private static bool CreditClauseCues(SpeakerCredits credits, List<Word> words, SentenceMentions sentence, List<SpeechCue> cues,
        int start, Mention? subject, RoleGroups groups, int paragraph)
    {
        var reading = credits.Reading;
        var text = reading.Text;
        var voiced = false;
        foreach (var cue in cues)
        {
            if (cue.Kind == SpeechCueKind.Colon)
            {
                // "Lee had a blunt message for ICE: “…”": the clause's subject, when nothing else in the sentence spoke and
                // it is someone identifiable (not "In Chicago, the message was: …").
                if (credits.Speakers.Count == 0 && subject is not null && subject.End <= cue.Start && reading.Resolve(subject) is { } announcer
                    && (announcer.Kind is EntityKind.Organisation or EntityKind.Office
                        || (announcer.Kind == EntityKind.Person && (!announcer.IsSurnameOnly || announcer.Role is not null || announcer.HasSpoken))))
                {
                    voiced |= credits.Credit(subject);
                }

                continue;
            }

            if (cue.Kind != SpeechCueKind.Participle)
            {
                continue;
            }

            if (credits.Speakers.Count == 0 && groups.Credit(words, cue.Start, start, true, credits.Speakers, paragraph))
            {
                voiced = true;
                continue;
            }

            if (DocumentBefore(text, cue.Start) || DeclinesToSay(text, cue))
            {
                // "voted to approve a resolution declaring the county …": the document declares, not the voters.
                continue;
            }

            var mention = SubjectFinder.NearestSubject(text, sentence, cue.Start);
            if (mention is { Kind: MentionKind.Outlet })
            {
                // "X was quoted in the Tribune saying": the outlet passes the words along; the clause's subject spoke.
                mention = null;
            }

            if (mention is null && SubjectFinder.AfterObjectOfSuit(text, sentence, cue.Start, out var suer))
            {
                // "… when the city sued Sessions, arguing": the suer argues, named or not; not the sentence's subject.
                voiced |= credits.Credit(suer);
                continue;
            }

            if (mention is null && credits.Speakers.Count == 0)
            {
                // Not an item of a list ("sued officials in Illinois, Chicago, and Cook County …, accusing"): the comma
                // before it ends no introductory clause.
                // "Citing state law, the sheriff's office does not …": a participle that opens the sentence is its subject's,
                // named after the comma.
                var opensSentence = text.AsSpan(start, cue.Start - start).Trim().Trim("\"“‘'").IsEmpty;
                mention = subject is not null && (subject.Start < cue.Start || opensSentence) && !SubjectFinder.IsListItem(text, sentence, subject) ? subject : null;
                if (mention is not null)
                {
                    // "Sheriffs Ann Lee, Bo Park and Cy Moore filed suit, arguing …": the whole list.
                    foreach (var listed in SubjectFinder.ListedAfter(text, sentence, mention, cue.Start))
                    {
                        credits.Credit(listed);
                    }
                }
            }

            voiced |= credits.Credit(mention);
        }

        return voiced;
    }

    /// <summary>
    /// "The Department of Homeland Security (DHS) today announced …", "ICE and the Department of Homeland Security have
    /// announced …": a body-only verb credits the sentence's subject, and a body joined to it by "and", when they are bodies.
    /// </summary>
    private static bool CreditBodySubject(SpeakerCredits credits, SentenceMentions sentence, SpeechCue cue, int start, Mention? subject)
    {
        var reading = credits.Reading;
        var mention = SubjectFinder.SubjectOf(reading.Text, sentence, cue, start);
        if (mention is null || !ReferenceEquals(mention, subject) && SubjectFinder.CoordinatedBefore(reading.Text, sentence, mention) != subject)
        {
            return false;
        }

        if (mention.Possessive || SubjectFinder.IsNegated(reading.Text, mention) || reading.Resolve(mention) is not { Kind: EntityKind.Organisation })
        {
            return false;
        }

        var voiced = credits.Credit(mention);
        if (SubjectFinder.CoordinatedBefore(reading.Text, sentence, mention) is { } partner && reading.Resolve(partner) is { Kind: EntityKind.Organisation })
        {
            credits.Credit(partner);
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

    // "a resolution Tuesday night calling for …", "an order last week barring …": a time between the document and its participle.
    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "night", "morning", "afternoon", "evening", "last", "this", "week", "month", "year", "on",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // At most this many time words between the document and the participle ("on Tuesday night").
    private const int TimeReach = 3;

    /// <summary>
    /// "a resolution declaring", "an executive order barring", "a resolution Tuesday night calling for": the word right
    /// before the participle (no comma), or before a short time, is a document (a footnote's number after it aside).
    /// </summary>
    private static bool DocumentBefore(string text, int participleStart)
    {
        var (start, end) = WordBeforeFootnote(text, participleStart);
        for (var skipped = 0; skipped < TimeReach && end > start && TimeWords.Contains(text[start..end]); skipped++)
        {
            (start, end) = WordTokenizer.WordBefore(text, start);
        }

        if (start == end)
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

    /// <summary>The word before <paramref name="position"/>, past a footnote's number stuck to it ("a resolution1 stating").</summary>
    private static (int Start, int End) WordBeforeFootnote(string text, int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var letters = end;
        while (letters > 0 && char.IsAsciiDigit(text[letters - 1]))
        {
            letters--;
        }

        if (end == position || letters == end || letters == 0 || !char.IsLetter(text[letters - 1]))
        {
            return WordTokenizer.WordBefore(text, position);
        }

        var start = letters;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (start, letters);
    }
}
