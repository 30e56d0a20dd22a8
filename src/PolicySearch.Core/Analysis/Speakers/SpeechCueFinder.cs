using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Finds speech verbs, participles and lead-ins (from <c>speech.json</c>) outside quoted words, and the two
/// punctuation attributions of pull quotes and posts: '"…" — Jane Doe' (the speaker follows the dash) and
/// 'Jane Doe: "…"' (the speaker precedes the colon).
/// </summary>
internal sealed class SpeechCueFinder(AnalysisLexicon lexicon)
{
    // A dash right after a closing quote: an em or en dash, or one or two hyphens as typed ('” -Governor Jo Lee',
    // '"…" --Mayor Lee'). The quote is matched, not looked behind (the engine has no lookbehind); the cue is the dash
    // group alone. A match holds no quote mark, so none can start inside the last one.
    private static readonly Regex DashAfterQuote = AnalysisRegex.Create(@"[”""](?<dash>\s*(?:[—–]|--?)\s*)");

    // A hyphen also joins words ('“sanctuary”-style'): after a hyphen the name must close the paragraph, a signature.
    private const int SignatureWords = 8;

    // A colon before an opening quote; the quote is matched rather than looked ahead to, and only the colon's
    // position is used.
    private static readonly Regex ColonBeforeQuote = AnalysisRegex.Create(@":\s*[“""]");

    // "… pic.twitter.com/jvBYygcH9A — Jo Lee (@JoLee) April 30, 2023": an embedded post signed at the paragraph's end.
    private static readonly Regex PostSignature = AnalysisRegex.Create(@"(?<dash>[—–]|--?)\s*\p{Lu}[^()—–]{1,60}\(@\w{1,30}\)[\w.,: ]{0,30}$");

    // "To Board member Jo Lee, D-Crystal Lake, the act is about “protecting the community.”": a view framed as someone's.
    private static readonly Regex ToNameOpening = AnalysisRegex.Create(@"(?:^|[.!?][""”’]?\s+)(?<to>To)\s+\p{Lu}");

    private readonly PhraseMatcher<SpeechCueKind> cues = new(
        lexicon.Speech.Verbs.Select(v => KeyValuePair.Create(v, SpeechCueKind.Verb))
            .Concat(lexicon.Speech.Participles.Select(p => KeyValuePair.Create(p, SpeechCueKind.Participle)))
            .Concat(lexicon.Speech.LeadIns.Select(l => KeyValuePair.Create(l, SpeechCueKind.LeadIn))));

    private readonly FrozenSet<string> clauseFinal = lexicon.Speech.ClauseFinal.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> beforeQuote = lexicon.Speech.BeforeQuote.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> beforeAs = (lexicon.Speech.BeforeAs ?? []).ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> afterQuote = (lexicon.Speech.AfterQuote ?? []).ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> bodySubject = (lexicon.Speech.BodySubject ?? []).ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenSet<string> withTopic = (lexicon.Speech.WithTopic ?? []).ToFrozenSet(StringComparer.Ordinal);

    // Words that open a subordinate clause: a verb after one of them reports an event in passing ("One month after the
    // mayor testified before Congress", "the hearing where Johnson testified"), not what the subject says here.
    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "after", "before", "when", "where", "while", "since", "until", "once", "as", "because", "if", "who", "which", "that", "whom",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "this", "that", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int QuoteReach = 6;

    public IReadOnlyList<SpeechCue> Find(string text, List<Word> words, QuoteMap quotes)
    {
        var found = new List<SpeechCue>();
        foreach (var match in cues.Find(words, i => quotes.IsQuoted(words[i].Start)))
        {
            var start = words[match.First].Start;
            var end = words[match.First + match.Count - 1].End;
            // '“…?” Sheriff Jo Lee asked regarding …': a quote's attribution ends nowhere in particular, yet is speech.
            var attributesQuote = (afterQuote.Contains(match.Phrase) || clauseFinal.Contains(match.Phrase)) && AttributesQuoteBefore(text, words, match.First);
            if (clauseFinal.Contains(match.Phrase) && bodySubject.Contains(match.Phrase) && !attributesQuote
                && !EndsClause(text, end, words, match.First + match.Count) && !AddsAClause(match.Phrase, words, match.First + match.Count))
            {
                // "ICE announced new operations in the city": speech only for a body opening the sentence (the attributor checks).
                found.Add(new SpeechCue(start, end, SpeechCueKind.BodyVerb, text[start..end]));
                continue;
            }

            if ((afterQuote.Contains(match.Phrase) && !attributesQuote)
                || (clauseFinal.Contains(match.Phrase) && !attributesQuote && !EndsClause(text, end, words, match.First + match.Count) && !AddsAClause(match.Phrase, words, match.First + match.Count)
                    && !(withTopic.Contains(match.Phrase) && OpensNoSubordinateClause(text, words, match.First) && NamesATopic(text, words, match.First + match.Count)))
                || (beforeQuote.Contains(match.Phrase) && !QuoteFollows(words, match.First + match.Count, quotes) && !QuoteIsHowBefore(text, words, match.First)
                    && !(beforeAs.Contains(match.Phrase) && AsFollows(text, words, match.First, match.First + match.Count))
                    && !(NamingVerbs.Contains(match.Phrase) && NamesItA(text, words, match.First, match.First + match.Count))))
            {
                continue;
            }

            // "as of this writing", "his testimony and writing": after a determiner an "-ing" form is a noun, no participle.
            if (match.Value == SpeechCueKind.Participle && match.First > 0 && Determiners.Contains(words[match.First - 1].Lower))
            {
                continue;
            }

            // "the people Mayor Lee claims to defend": "claims to" with a verb purports, it reports no words.
            if (match.Phrase is "claim" or "claims" or "claimed" && match.First + 1 < words.Count && words[match.First + 1].Lower == "to")
            {
                continue;
            }

            // "If ICE tells the police to hold a suspect, …", "When the agency believes that …": a case supposed or a habit,
            // not something said.
            if (InSupposedCase(text, words, match.First))
            {
                continue;
            }

            // "Adams County faces a state lawsuit alleging …": the suit alleges, not the one it is against. A filer keeps it
            // ("The ACLU filed a lawsuit alleging …").
            if (match.Value == SpeechCueKind.Participle && FollowsSuitNotFiled(text, words, match.First))
            {
                continue;
            }

            // "… all received letters Thursday from Comer stating …": the letter states, and its sender after "from" speaks,
            // not the sentence's subject (who received it).
            if (match.Value == SpeechCueKind.Participle && SenderBefore(text, words, match.First) is { } from)
            {
                found.Add(new SpeechCue(words[from].Start, words[from].End, SpeechCueKind.LeadIn, text[words[from].Start..words[from].End]));
                continue;
            }

            found.Add(new SpeechCue(start, end, match.Value, text[start..end]));
        }

        // Each pattern needs its punctuation (a dash; a colon) and a double quote: most paragraphs skip both scans.
        var hasQuote = text.AsSpan().IndexOfAny('"', '”', '“') >= 0;
        if (hasQuote && text.AsSpan().IndexOfAny('—', '–', '-') >= 0)
        {
            foreach (Match match in DashAfterQuote.Matches(text))
            {
                var dash = match.Groups["dash"];
                // '"…" — Jane Doe': a name follows the dash. Not '“detainers”—ordered by the agency', a dash inside the sentence.
                var after = dash.Index + dash.Length;
                if (after >= text.Length || !char.IsUpper(text[after])
                    || (dash.Value.Contains('-', StringComparison.Ordinal) && !EndsWithin(text, after, SignatureWords)))
                {
                    continue;
                }

                found.Add(new SpeechCue(dash.Index, dash.Index + dash.Length, SpeechCueKind.LeadIn, dash.Value));
            }
        }

        if (hasQuote && text.Contains(':', StringComparison.Ordinal))
        {
            foreach (Match colon in ColonBeforeQuote.Matches(text))
            {
                if (!quotes.IsQuoted(colon.Index))
                {
                    var kind = NameBeforeColon.Precedes(text, colon.Index) ? SpeechCueKind.Verb : SpeechCueKind.Colon;
                    found.Add(new SpeechCue(colon.Index, colon.Index + 1, kind, ":"));
                }
            }
        }

        if (text.Contains("(@", StringComparison.Ordinal) && PostSignature.Match(text) is { Success: true } signature)
        {
            var dash = signature.Groups["dash"];
            found.Add(new SpeechCue(dash.Index, dash.Index + dash.Length, SpeechCueKind.LeadIn, dash.Value));
        }

        if (hasQuote && text.Contains("To ", StringComparison.Ordinal))
        {
            foreach (Match opening in ToNameOpening.Matches(text))
            {
                var to = opening.Groups["to"];
                if (FramesAQuote(text, to.Index + to.Length))
                {
                    found.Add(new SpeechCue(to.Index, to.Index + to.Length, SpeechCueKind.LeadIn, to.Value));
                }
            }
        }

        // "Welch had a blunt message:" closing the paragraph announces the quote of the next one.
        var last = text.AsSpan().TrimEnd();
        if (last.Length > 0 && last[^1] == ':' && !quotes.IsQuoted(last.Length - 1))
        {
            var colon = last.Length - 1;
            var kind = NameBeforeColon.Precedes(text, colon) ? SpeechCueKind.Verb : SpeechCueKind.Colon;
            if (found.Count == 0 || found[^1].Start != colon)
            {
                found.Add(new SpeechCue(colon, colon + 1, kind, ":"));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// After a sentence-opening "To X": a comma closes the name's phrase, and a quotation opens later in the same sentence
    /// (no full stop, question or exclamation mark before it). "To Chicago's dismay, the council voted." frames no words.
    /// </summary>
    private static bool FramesAQuote(string text, int from)
    {
        var comma = -1;
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case ',' when comma < 0:
                    comma = i;
                    break;
                case '“' or '"':
                    return comma >= 0;
                case '.' or '!' or '?' when i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !AfterShortCapitalised(text, i):
                    return false;
            }
        }

        return false;
    }

    /// <summary>"Gov." and "Rep.": a full stop after a capitalised word of at most four letters ends an abbreviation.</summary>
    private static bool AfterShortCapitalised(string text, int stop)
    {
        var first = stop;
        while (first > 0 && char.IsLetter(text[first - 1]))
        {
            first--;
        }

        return text[stop] == '.' && stop - first is >= 1 and <= 4 && char.IsUpper(text[first]);
    }

    private static readonly FrozenSet<string> SupposingOpeners = new[] { "if", "unless" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HabitOpeners = new[] { "when", "whenever" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The cue stands in a clause that opens its sentence with "If" or "Unless" (any tense), or with "When" or
    /// "Whenever" and a cue in the present tense ("When ICE believes …"; not "When Lee said …", a past event), before the
    /// clause's comma: a supposed case. "When asked, Lee said" has its cue after the comma.
    /// </summary>
    private static bool InSupposedCase(string text, List<Word> words, int verb)
    {
        var first = verb;
        while (first > 0)
        {
            var gap = text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End);
            if (gap.IndexOfAny('.', '!', '?') >= 0 || gap.IndexOfAny(',', ';', ':') >= 0 || gap.IndexOfAny('—', '–') >= 0)
            {
                break;
            }

            first--;
        }

        if (first == verb || (first > 0 && text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End).IndexOfAny('.', '!', '?') < 0))
        {
            return false;
        }

        var opener = words[first].Lower;
        return SupposingOpeners.Contains(opener) || (HabitOpeners.Contains(opener) && words[verb].Lower.EndsWith('s'));
    }

    private static readonly SearchValues<char> PhraseBreaks = SearchValues.Create(",;:.()—–");

    // The most words from "from" to the participle: "from Comer", "from the Department of Homeland Security".
    private const int SenderReach = 7;

    /// <summary>
    /// The index of a "from" that opens, within a few words and no punctuation, the phrase right before the participle
    /// ("letters from Comer stating", "a memo from the agency saying"), whose capitalised words name who sent it.
    /// </summary>
    private static int? SenderBefore(string text, List<Word> words, int participle)
    {
        for (var k = participle - 1; k >= 0 && k >= participle - SenderReach; k--)
        {
            if (text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IndexOfAny(PhraseBreaks) >= 0)
            {
                return null;
            }

            if (words[k].Lower == "from")
            {
                return k < participle - 1 && words[participle - 1].Capitalised ? k : null;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> FilingVerbs = new[] { "filed", "files", "file", "filing", "brought", "brings", "bring", "bringing" }.ToFrozenSet(StringComparer.Ordinal);

    private const int SuitReach = 4;

    /// <summary>
    /// The participle right after a suit noun, with nothing between them ("a state lawsuit alleging": the suit's own
    /// clause; not "rejected the lawsuit, claiming", the subject's), and no filing verb just before the suit.
    /// </summary>
    private static bool FollowsSuitNotFiled(string text, List<Word> words, int participle)
    {
        if (participle == 0 || !LawsuitFilers.SuitNouns.Contains(words[participle - 1].Lower)
            || !text.AsSpan(words[participle - 1].End, words[participle].Start - words[participle - 1].End).IsWhiteSpace())
        {
            return false;
        }

        for (var k = participle - 2; k >= 0 && k >= participle - 1 - SuitReach; k--)
        {
            if (FilingVerbs.Contains(words[k].Lower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"called the vote “a statement…”": a quoted word within the next few words.</summary>
    private static bool QuoteFollows(List<Word> words, int nextWord, QuoteMap quotes)
    {
        for (var k = nextWord; k < words.Count && k < nextWord + QuoteReach; k++)
        {
            if (quotes.IsQuoted(words[k].Start))
            {
                return true;
            }
        }

        return false;
    }

    // "“Shock and awe” is how Muzaffar Chishti, senior fellow at the Migration Policy Institute, described": the most words
    // between "how" and the verb.
    private const int HowReach = 14;

    /// <summary>
    /// '“Shock and awe” is how Jo Lee, a senior fellow, described the tactics': a quote, then "is how" or "was how", then
    /// the verb's subject: the quoted words are the verb's.
    /// </summary>
    private static bool QuoteIsHowBefore(string text, List<Word> words, int verb)
    {
        for (var k = verb - 1; k >= 1 && k >= verb - HowReach; k--)
        {
            if (words[k].Lower == "how" && words[k - 1].Lower is "is" or "was")
            {
                var before = text.AsSpan(0, words[k - 1].Start).TrimEnd();
                return before.EndsWith('”') || before.EndsWith('"');
            }
        }

        return false;
    }

    // "Lake County Sheriff Jo Ann Lee": the most words a quote's attribution names before its verb.
    private const int AttributionReach = 8;

    /// <summary>
    /// '“What will they do?” Adams County Sheriff Jo Lee asked', '“…,” she added in a statement': right before the verb,
    /// capitalised words (or a subject pronoun) and, before them, a closing quote; nothing else between. Or the verb right
    /// after the quote, inverted before a name ('“Why are you politicizing this?” asked Pritzker').
    /// </summary>
    private static bool AttributesQuoteBefore(string text, List<Word> words, int verb)
    {
        for (var j = verb; j > 0 && j >= verb - AttributionReach; j--)
        {
            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            if (gap.IndexOfAny('”', '"') >= 0)
            {
                return j < verb || (verb + 1 < words.Count && words[verb + 1].Capitalised);
            }

            if (!gap.Trim().IsEmpty && !gap.Trim().SequenceEqual("."))
            {
                return false;
            }

            if (!words[j - 1].Capitalised && (j - 1 != verb - 1 || words[j - 1].Lower is not ("he" or "she" or "they")))
            {
                return false;
            }
        }

        return false;
    }

    private const int AsReach = 6;

    /// <summary>
    /// "described the vote as symbolic", "what he describes as abuses": "as" within the next few words of the same clause
    /// (no punctuation between), the verb active (not "was described as", "is often described as").
    /// </summary>
    private static bool AsFollows(string text, List<Word> words, int verb, int nextWord)
    {
        for (var back = verb - 1; back >= 0 && back >= verb - 2; back--)
        {
            if (words[back].Lower is "was" or "is" or "were" or "are" or "be" or "been" or "being")
            {
                return false;
            }
        }

        for (var k = nextWord; k < words.Count && k < nextWord + AsReach; k++)
        {
            foreach (var c in text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End))
            {
                if (!char.IsWhiteSpace(c) && c is not ('\'' or '’' or '-'))
                {
                    return false;
                }
            }

            if (words[k].Lower == "as")
            {
                return true;
            }
        }

        return false;
    }

    // Verbs that name their object something ("called the bill a slippery slope", "dubbed it an overreach").
    private static readonly FrozenSet<string> NamingVerbs = new[] { "called", "calls", "dubbed", "labeled", "labelled", "termed" }.ToFrozenSet(StringComparer.Ordinal);

    // What opens the object of a naming verb: a determiner or a pronoun ("the legislation", "it", "his rival").
    private static readonly FrozenSet<string> ObjectOpeners = new[] { "the", "this", "that", "these", "those", "it", "them", "him", "her", "his", "their", "its", "our", "my", "your" }.ToFrozenSet(StringComparer.Ordinal);

    private const int NamedObjectWords = 4;

    /// <summary>
    /// "Skillicorn called the legislation a slippery slope", "called it an overreach": an active naming verb, an object
    /// of at most four words opened by a determiner or a pronoun, then "a"/"an" in the same clause. Not "called a tow
    /// truck" (no object before the article), "called for a vote", nor "was called a hero" (passive).
    /// </summary>
    private static bool NamesItA(string text, List<Word> words, int verb, int nextWord)
    {
        if ((verb > 0 && words[verb - 1].Lower is "was" or "is" or "were" or "are" or "be" or "been" or "being")
            || nextWord >= words.Count || !ObjectOpeners.Contains(words[nextWord].Lower))
        {
            return false;
        }

        for (var k = nextWord + 1; k < words.Count && k <= nextWord + NamedObjectWords; k++)
        {
            foreach (var c in text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End))
            {
                if (!char.IsWhiteSpace(c) && c is not ('\'' or '’' or '-'))
                {
                    return false;
                }
            }

            if (words[k].Lower is "a" or "an")
            {
                return true;
            }
        }

        return false;
    }

    // How far back a subordinating word is looked for: bounded, so that a run-on paragraph stays linear.
    private const int SubordinateReach = 40;

    /// <summary>
    /// The verb at <paramref name="verb"/> is its sentence's main verb as far as the words before it show: no subordinating
    /// word ("after", "where", "who") stands between it and the sentence's start, a semicolon or a colon (within forty
    /// words).
    /// </summary>
    private static bool OpensNoSubordinateClause(string text, List<Word> words, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - SubordinateReach; k--)
        {
            if (text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IndexOfAny(".;:!?") >= 0)
            {
                return true;
            }

            if (Subordinators.Contains(words[k].Lower))
            {
                return false;
            }
        }

        return true;
    }

    private const int TopicReach = 20;

    /// <summary>
    /// "testified … on Wednesday, March 5, about the city's sanctuary status": the sentence goes on to say what the words
    /// were about ("about", "regarding") within twenty words; "testified before the committee on Tuesday." is an
    /// appearance.
    /// </summary>
    private static bool NamesATopic(string text, List<Word> words, int nextWord)
    {
        for (var k = nextWord; k < words.Count && k < nextWord + TopicReach; k++)
        {
            if (k > nextWord && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(".;!?") >= 0)
            {
                return false;
            }

            if (words[k].Lower is "about" or "regarding")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Welch adds Rauner's signature flies in the face of …": "adds" with its "that" left out, before a name.</summary>
    private static bool AddsAClause(string phrase, List<Word> words, int nextWord) =>
        phrase is "adds" or "added" && nextWord < words.Count && words[nextWord].Capitalised && words[nextWord].Lower != "i";

    /// <summary>"she added." / "he added:" / "adding that": not "added a provision" or "continued to work".</summary>
    private static bool EndsClause(string text, int end, List<Word> words, int nextWord)
    {
        var k = end;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k >= text.Length
            || text[k] is '.' or ',' or ':' or ';' or '!' or '?' or '“' or '"' or '”' or '—'
            || (nextWord < words.Count && words[nextWord].Lower is "that" or "he" or "she" or "they" or "we")
            || (nextWord + 1 < words.Count && words[nextWord].Lower == "it" && words[nextWord + 1].Lower is "will" or "would" or "is" or "was" or "has" or "had" or "plans")
            || ThatAfterPhrase(text, words, nextWord)
            || ClauseAfterNoun(text, words, nextWord)
            || OccasionThenEnd(text, words, nextWord)
            || TimeThenEnd(text, words, nextWord);
    }

    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "last", "this", "earlier", "week", "month", "year", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int TimeReach = 4;

    /// <summary>
    /// "…, his office announced last week.": when it was said, then the clause's end (at most four words of time); not
    /// "announced last week a new plan".
    /// </summary>
    private static bool TimeThenEnd(string text, List<Word> words, int nextWord)
    {
        for (var k = nextWord; k < words.Count && k < nextWord + TimeReach && TimeWords.Contains(words[k].Lower); k++)
        {
            if (ClauseEndsAfter(text, words[k].End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only spaces, then a clause's end (punctuation or the paragraph's end), after the word ending at <paramref name="wordEnd"/>.</summary>
    private static bool ClauseEndsAfter(string text, int wordEnd)
    {
        var after = wordEnd;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        return after >= text.Length || text[after] is '.' or ',' or ';' or '!' or '?';
    }

    private static readonly FrozenSet<string> OccasionNouns = new[]
    {
        "conference", "statement", "release", "rally", "meeting", "hearing", "interview", "briefing", "event", "speech", "ceremony", "vigil",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int OccasionReach = 8;

    /// <summary>
    /// "…, Mayor Jo Lee and other officials announced at a press conference Sunday.": where or how it was said, then the
    /// clause's end (at most eight words, no "that"); not "announced at the meeting a new plan".
    /// </summary>
    private static bool OccasionThenEnd(string text, List<Word> words, int nextWord)
    {
        if (nextWord >= words.Count || words[nextWord].Lower is not ("at" or "during" or "in" or "on"))
        {
            return false;
        }

        var occasion = false;
        for (var k = nextWord; k < words.Count && k < nextWord + OccasionReach; k++)
        {
            if (words[k].Lower == "that")
            {
                return false;
            }

            occasion |= OccasionNouns.Contains(words[k].Lower);
            if (ClauseEndsAfter(text, words[k].End))
            {
                return occasion;
            }
        }

        return false;
    }

    private const int ComplementSubjectReach = 3;

    /// <summary>
    /// "confirms the order has been carried out", "announced the raids will begin": a short noun phrase ("the", "a" or
    /// "its", then at most three words) and a finite auxiliary, the "that" left out; not "confirmed the order" or
    /// "announced a plan to".
    /// </summary>
    private static bool ClauseAfterNoun(string text, List<Word> words, int nextWord)
    {
        if (nextWord >= words.Count)
        {
            return false;
        }

        // "announced Chicago will permanently ban …": a name of one to three capitalised words is a subject too.
        var named = words[nextWord].Capitalised;
        if (!named && words[nextWord].Lower is not ("the" or "a" or "an" or "its" or "his" or "her" or "their"))
        {
            return false;
        }

        for (var k = nextWord + 1; k < words.Count && k <= nextWord + ComplementSubjectReach + 1; k++)
        {
            if (named && !words[k].Capitalised && !IsAuxiliary(words[k]))
            {
                return false;
            }

            foreach (var c in text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End))
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            if ((named || k > nextWord + 1) && IsAuxiliary(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A finite auxiliary, written in lower case: "in May" is a month and "Will County" a place, not an auxiliary.</summary>
    private static bool IsAuxiliary(Word word) =>
        !word.Capitalised && word.Lower is "has" or "have" or "had" or "is" or "was" or "are" or "were" or "will" or "would" or "won't" or "won’t" or "can"
            or "can't" or "can’t" or "could" or "should" or "must" or "may" or "might";

    private const int PhraseReach = 8;

    /// <summary>
    /// "testified before the committee that …", "announced on Tuesday that …", "confirmed Friday that …", "announced last
    /// month that …": a
    /// prepositional phrase or a day, then "that",
    /// with no punctuation between (so not "added to the bill. That …").
    /// </summary>
    private static bool ThatAfterPhrase(string text, List<Word> words, int nextWord)
    {
        if (nextWord >= words.Count || words[nextWord].Lower is not ("before" or "at" or "in" or "during" or "on" or "to" or "with" or "via"
            or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "today" or "yesterday" or "earlier" or "later"
            or "last" or "this"))
        {
            return false;
        }

        for (var k = nextWord + 1; k < words.Count && k <= nextWord + PhraseReach; k++)
        {
            foreach (var c in text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End))
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            if (words[k].Lower == "that")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the paragraph ends within <paramref name="words"/> words of <paramref name="start"/>.</summary>
    private static bool EndsWithin(string text, int start, int words)
    {
        var rest = text.AsSpan(start).TrimEnd();
        var count = 1;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == ' ' && i + 1 < rest.Length && rest[i + 1] != ' ' && ++count > words)
            {
                return false;
            }
        }

        return true;
    }
}
