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
internal sealed partial class SpeakerAttributor(AnalysisLexicon lexicon)
{
    private readonly MentionFinder mentionFinder = new(lexicon);
    private readonly SpeechCueFinder cueFinder = new(lexicon);
    private readonly SentenceSplitter sentenceSplitter = new(lexicon.Abbreviations);

    // " spokesman " between a body and a person's name: the person speaks for the body.
    private readonly Regex officialTitle = new(
        $@"^\s+(?i:{AnalysisLexicon.Words(lexicon.Organisations.OfficialNouns)})\s+$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Between a subject and its verb: a party tag "(D)", an appositive ", director of …,", a coordination
    // "and other supporters", and adverbs or auxiliaries ("also", "has", "later").
    [GeneratedRegex(@"^\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,“”""]{1,160},\s*)?(?:(?:and|or)\s+(?:[\p{L}\p{N}’'\-]+\s+){1,5}?)?(?:(?:also|later|previously|then|again|has|have|had|recently|repeatedly|once|earlier|reportedly|further|publicly|similarly|likewise|too|even|quickly|immediately|simply|just|long|would|will|since|still|already|often|frequently|first|initially|ultimately|finally|who|which)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectGap();

    [GeneratedRegex(@"^\s*,\s*(?:(?:also|later|has|have|had|then)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveEnd();

    // After an inverted verb ('", said state Sen. X') or a lead-in ("according to the X").
    [GeneratedRegex(@"^[\s,]*(?:\p{Ll}+\s+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectGap();

    /// <summary>One result per paragraph (empty for non-content paragraphs), plus the article's discourse for name lists.</summary>
    public ArticleAttribution Attribute(IReadOnlyList<string> paragraphs, IReadOnlyList<ParagraphKind> kinds, string? outlet)
    {
        var discourse = new ArticleDiscourse(lexicon);
        var results = new List<Entity>[paragraphs.Count];
        var voiced = new bool[paragraphs.Count];
        var bodiesByParagraph = new List<Entity>[paragraphs.Count];
        var pending = new List<(int Paragraph, string Head)>();
        var officials = new List<(int Paragraph, Entity Body)>();
        List<Entity> previous = [];
        var previousContinues = false;

        for (var i = 0; i < paragraphs.Count; i++)
        {
            results[i] = [];
            bodiesByParagraph[i] = [];
            if (kinds[i] != ParagraphKind.Content)
            {
                continue;
            }

            var text = paragraphs[i];
            var quotes = QuoteMap.Build(text);
            var words = WordTokenizer.Tokenize(text);
            var reading = new ParagraphReading(text, quotes, mentionFinder.Find(text, words, quotes, outlet), discourse, officialTitle);
            foreach (var body in reading.RegisterNames())
            {
                bodiesByParagraph[i].Add(body);
            }

            var speakers = results[i];
            var cues = cueFinder.Find(text, words, quotes);
            foreach (var (start, end) in sentenceSplitter.Split(text, quotes))
            {
                voiced[i] |= AttributeSentence(reading, cues.Where(c => c.Start >= start && c.Start < end).ToList(), start, end, speakers, pending, i);
            }

            foreach (var official in speakers.Where(s => reading.CameFromUnnamedOfficial(s)))
            {
                officials.Add((i, official));
            }

            // A quote left open, or "X noted:" before a block quote, continues with the same speaker.
            if (speakers.Count == 0 && previousContinues)
            {
                speakers.AddRange(previous);
                voiced[i] = true;
            }

            previous = speakers;
            previousContinues = speakers.Count > 0 && (quotes.EndsOpen || text.EndsWith(':'));
            if (speakers.Count > 0)
            {
                discourse.LastSpeaker = speakers[^1];
            }
        }

        ResolveQuotesAttributedLater(paragraphs, kinds, results);
        ResolveLaterNamedBodies(pending, bodiesByParagraph, results);
        ResolveLaterNamedOfficials(officials, results);
        return new ArticleAttribution(results, voiced, discourse);
    }

    /// <summary>Credits the sentence's speakers; true when someone was credited through a speech verb (not only "according to").</summary>
    private bool AttributeSentence(ParagraphReading reading, List<SpeechCue> cues, int start, int end, List<Entity> speakers,
        List<(int, string)> pending, int paragraph)
    {
        var voiced = false;
        var inSentence = reading.Mentions.Where(m => m.Start >= start && m.End <= end).ToList();
        var sentenceSpeakers = new List<Entity>();

        // The grammatical subject first: it is salient for later pronouns whether or not it speaks.
        var subject = inSentence.FirstOrDefault(m => IsSubjectPosition(reading.Text, start, m));
        if (subject is not null && reading.Resolve(subject) is { } subjectEntity)
        {
            reading.Discourse.MakeSalient(subjectEntity);
        }

        foreach (var cue in cues.Where(c => c.Kind != SpeechCueKind.Participle))
        {
            var mention = cue.Kind == SpeechCueKind.LeadIn ? MentionAfter(reading, inSentence, cue) : SubjectOf(reading, inSentence, cue, start);
            voiced |= Credit(reading, mention, sentenceSpeakers, pending, paragraph) && cue.Kind == SpeechCueKind.Verb;
        }

        foreach (var cue in cues.Where(c => c.Kind == SpeechCueKind.Participle))
        {
            var mention = NearestSubject(reading.Text, inSentence, cue.Start);
            if (mention is null && sentenceSpeakers.Count == 0)
            {
                mention = subject is not null && subject.Start < cue.Start ? subject : null;
            }

            voiced |= Credit(reading, mention, sentenceSpeakers, pending, paragraph);
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
        if (entity is null || entity.Kind == EntityKind.Unnamed)
        {
            return false;
        }

        entity.HasSpoken = true;
        if (!sentenceSpeakers.Contains(entity))
        {
            sentenceSpeakers.Add(entity);
        }

        return true;
    }

    /// <summary>The subject of a speech verb: the nearest mention before it that only an allowed gap separates from it.</summary>
    private static Mention? SubjectOf(ParagraphReading reading, List<Mention> inSentence, SpeechCue cue, int sentenceStart)
    {
        var text = reading.Text;
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
        return string.IsNullOrWhiteSpace(text[clauseStart..cue.Start]) ? MentionAfter(reading, inSentence, cue) : null;
    }

    /// <summary>
    /// "Pritzker's spokeswoman, Jordan Abudayyeh, said": when the appositive between a subject and its verb is
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

    private static Mention? MentionAfter(ParagraphReading reading, List<Mention> inSentence, SpeechCue cue)
    {
        var next = inSentence.FirstOrDefault(m => m.Start >= cue.End);
        return next is not null && ObjectGap().IsMatch(reading.Text.AsSpan(cue.End, next.Start - cue.End)) ? next : null;
    }

    private static Mention? NearestSubject(string text, List<Mention> inSentence, int position)
    {
        var before = inSentence.LastOrDefault(m => m.End <= position && !m.Possessive);
        return before is not null && SubjectGap().IsMatch(text.AsSpan(before.End, position - before.End)) ? before : null;
    }

    /// <summary>
    /// A mention is in subject position when, after any introductory clause ("During a news conference,"),
    /// only capitalised words and role words precede it ("Council member Jane Doe", "But the mayor").
    /// </summary>
    private bool IsSubjectPosition(string text, int sentenceStart, Mention m)
    {
        if (m.Possessive || m.Kind is MentionKind.Outlet)
        {
            return false;
        }

        var prefix = text[sentenceStart..m.Start];
        var comma = prefix.LastIndexOf(',');
        if (comma >= 0)
        {
            prefix = prefix[(comma + 1)..];
        }

        return prefix.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .All(w => char.IsUpper(w[0]) || lexicon.RoleWords.Contains(w));
    }

    /// <summary>
    /// A quote that opens in one paragraph and is attributed at the end of the next ('"We cannot let fear win. /
    /// "That is how we survive," he said.') belongs to the speaker of the paragraph that closes it.
    /// </summary>
    private static void ResolveQuotesAttributedLater(IReadOnlyList<string> paragraphs, IReadOnlyList<ParagraphKind> kinds, List<Entity>[] results)
    {
        for (var i = paragraphs.Count - 2; i >= 0; i--)
        {
            if (kinds[i] == ParagraphKind.Content && results[i].Count == 0 && kinds[i + 1] == ParagraphKind.Content
                && results[i + 1].Count > 0 && QuoteMap.Build(paragraphs[i]).EndsOpen && QuoteMap.Build(paragraphs[i + 1]).StartsWithQuote)
            {
                results[i].AddRange(results[i + 1]);
            }
        }
    }

    /// <summary>
    /// "A Justice Department official was critical." followed by '"…," DOJ spokesman Devin O'Malley told…': the
    /// unnamed official of the lead-in is the spokesperson the next paragraph names, when that person speaks for
    /// the same body. Otherwise the body stays the speaker ("the official continued" names nobody).
    /// </summary>
    private static void ResolveLaterNamedOfficials(List<(int Paragraph, Entity Body)> officials, List<Entity>[] results)
    {
        foreach (var (paragraph, body) in officials)
        {
            var next = Enumerable.Range(paragraph + 1, Math.Max(0, Math.Min(1, results.Length - paragraph - 1)))
                .SelectMany(i => results[i])
                .FirstOrDefault(e => e.Kind == EntityKind.Person && e.Affiliation == body);
            var at = results[paragraph].IndexOf(body);
            if (next is not null && at >= 0)
            {
                results[paragraph][at] = next;
            }
        }
    }

    /// <summary>"A police department in Illinois has vowed…" is credited to the body the next paragraphs name.</summary>
    private static void ResolveLaterNamedBodies(List<(int Paragraph, string Head)> pending, List<Entity>[] bodies, List<Entity>[] results)
    {
        foreach (var (paragraph, head) in pending)
        {
            var named = Enumerable.Range(paragraph, Math.Min(3, bodies.Length - paragraph))
                .SelectMany(i => bodies[i])
                .FirstOrDefault(b => b.Name.EndsWith(head, StringComparison.OrdinalIgnoreCase)
                    || b.Name.Contains(head, StringComparison.OrdinalIgnoreCase));
            if (named is not null && !results[paragraph].Contains(named))
            {
                results[paragraph].Insert(0, named);
            }
        }
    }
}
