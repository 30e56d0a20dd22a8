using PolicySearch.Core.Analysis.Speakers;

namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// Decides each paragraph's kind (content, boilerplate, title) and names the rule that decided it, so that
/// every drop is explainable. Title rules look at the whole article (the headline and its repeats); the
/// boilerplate rules are line patterns from <c>boilerplate-rules.json</c> plus two typographic rules
/// (ALL-CAPS related headlines, Title Case teasers such as polls and clickbait ads); then passes over neighbouring
/// lines find deks (here), captions and alt text (<see cref="CaptionMarks"/>), reader comments
/// (<see cref="CommentMarks"/>), subheads and lone labels (<see cref="HeadingMarks"/>), and pull quotes
/// (<see cref="PullQuoteMarks"/>).
/// </summary>
internal sealed class ParagraphClassifier(BoilerplateRuleSet rules, SentenceSplitter sentences)
{
    public const string ContentRule = "content";

    private const int MaxHeadlineWords = 25;
    private const int MaxDekWords = 40;
    private const int MaxRepeatedDekWords = 60;
    private const int MaxChromeLines = 30;

    public IReadOnlyList<(ParagraphKind Kind, string Rule)> Classify(IReadOnlyList<string> paragraphs, string? title)
    {
        var titleKey = string.IsNullOrWhiteSpace(title) ? null : TextShape.Comparable(title);
        // Each paragraph's words are counted once: the rules below and the dek check all ask.
        var wordCounts = new int[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            wordCounts[i] = TextShape.WordCount(paragraphs[i]);
        }

        // Only headline-shaped lines can be a title or a repeat: long paragraphs skip the key.
        var keys = new List<string>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            keys.Add(wordCounts[i] <= MaxHeadlineWords ? TextShape.Comparable(paragraphs[i]) : "");
        }

        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            repeats[key] = repeats.GetValueOrDefault(key) + 1;
        }

        // Where the manifest's headline first appears: lines above it are the page's chrome (site name, tags,
        // date bar, skip links, other stories' teasers), not the article.
        var headlineAt = -1;
        if (titleKey is not null)
        {
            for (var i = 0; i < paragraphs.Count && i < MaxChromeLines; i++)
            {
                if (wordCounts[i] <= MaxHeadlineWords && (!TextShape.EndsLikeSentence(paragraphs[i]) || IsExclaimedInTitleCase(paragraphs[i]))
                    && IsTitle(keys[i], titleKey, wordCounts[i]))
                {
                    headlineAt = i;
                    break;
                }
            }
        }

        var results = new List<(ParagraphKind, string)>(paragraphs.Count);
        var headlineSeen = false;

        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i];
            var words = wordCounts[i];
            var headlineShaped = words <= MaxHeadlineWords && (!TextShape.EndsLikeSentence(text) || IsExclaimedInTitleCase(text))
                && !TextShape.EndsWithPostLink(text);

            string? rule = null;
            if (headlineShaped && titleKey is not null && IsTitle(keys[i], titleKey, words))
            {
                rule = headlineSeen ? "title.headline-repeat" : "title.headline";
            }
            else if (i == 0 && headlineAt < 0 && headlineShaped && words >= 3 && TextShape.TitleCaseShare(text) >= 0.8)
            {
                rule = "title.headline";
            }

            rule ??= rules.Match(text, words);
            if (rule is null && i < headlineAt)
            {
                rule = "boilerplate.above-headline";
            }

            if (rule is null && words == 1 && !TextShape.EndsLikeSentence(text))
            {
                rule = "boilerplate.single-word";
            }
            if (rule is null && headlineShaped && words >= 4 && keys[i].Length > 0 && repeats[keys[i]] >= 2 && TextShape.TitleCaseShare(text) >= 0.6)
            {
                rule = "title.headline-repeat";
            }

            if (rule is null && words is >= 3 and <= MaxHeadlineWords && TextShape.UpperCaseLetterShare(text) >= 0.9 && text.Count(char.IsLetter) >= 10)
            {
                rule = "boilerplate.all-caps-headline";
            }

            // "WHEREAS, in 2016, the City of Evanston adopted the Welcoming City": a resolution's recital cut into lines, not a teaser.
            if (rule is null && headlineShaped && words is >= 3 and <= 20 && TextShape.TitleCaseShare(text) >= 0.8
                && !text.StartsWith("WHEREAS", StringComparison.Ordinal))
            {
                rule = "boilerplate.title-case-teaser";
            }

            rule ??= ContentRule;
            var kind = KindOf(rule);
            headlineSeen |= kind == ParagraphKind.Title && rule.StartsWith("title.headline", StringComparison.Ordinal);
            results.Add((kind, rule));
        }

        MarkDek(paragraphs, wordCounts, results);
        MarkRepeatedDek(paragraphs, wordCounts, results);
        CaptionMarks.MarkCaptions(paragraphs, wordCounts, results);
        CaptionMarks.MarkRepeatedCaptions(paragraphs, wordCounts, results);
        CaptionMarks.MarkCreditedAltText(paragraphs, wordCounts, results);
        CommentMarks.MarkComments(paragraphs, wordCounts, results);
        HeadingMarks.MarkSubheads(paragraphs, wordCounts, results);
        HeadingMarks.MarkTwoWordLabels(paragraphs, wordCounts, results);
        PullQuoteMarks.MarkPullQuotes(paragraphs, wordCounts, results);
        return results;
    }

    /// <summary>
    /// A dek that the article's first paragraph repeats: a line right under the headline (or its repeats) whose
    /// words nearly all recur in one of the next few paragraphs ("The department announced the operation on
    /// Monday." above "The department on Monday announced the operation, ..."). The repeat keeps the text
    /// indexed once.
    /// </summary>
    private static void MarkRepeatedDek(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        for (var i = 1; i < paragraphs.Count; i++)
        {
            if (!results[i - 1].Rule.StartsWith("title.headline", StringComparison.Ordinal)
                || results[i].Kind != ParagraphKind.Content
                || wordCounts[i] > MaxRepeatedDekWords)
            {
                continue;
            }

            var dekWords = TextShape.ComparableWords(paragraphs[i]);
            if (dekWords.Count < 4)
            {
                continue;
            }

            var seen = 0;
            for (var j = i + 1; j < paragraphs.Count && seen < 6; j++)
            {
                if (results[j].Kind != ParagraphKind.Content)
                {
                    continue;
                }

                seen++;
                var later = TextShape.ComparableWords(paragraphs[j]);
                var shared = dekWords.Count(later.Contains);
                if (shared >= 0.8 * dekWords.Count)
                {
                    results[i] = (ParagraphKind.Title, "title.dek");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A dek is a one-sentence summary right under the headline and before the body. The body is known to start
    /// below it when the next line is not content (a byline, timestamp or headline repeat) or opens with a dateline
    /// ("(CHICAGO, IL) After …"); otherwise the line is the article's first sentence, and dropping a lede would cost
    /// more than indexing a dek. A line in Title Case with no full stop is a dek wherever the body starts: a lede
    /// is never written so. A line that opens with a dateline or a date ("On October 23, 2025, …") is the lede itself,
    /// and one ending in a colon introduces what follows.
    /// </summary>
    private void MarkDek(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        for (var i = 1; i + 1 < paragraphs.Count; i++)
        {
            var text = paragraphs[i];
            if (results[i - 1].Rule != "title.headline"
                || results[i].Kind != ParagraphKind.Content
                || wordCounts[i] > MaxDekWords
                || TextShape.OpensWithDateline(text)
                || TextShape.OpensWithDate(text)
                || text.TrimEnd().EndsWith(':'))
            {
                continue;
            }

            var bodyStartsBelow = results[i + 1].Kind != ParagraphKind.Content
                || (TextShape.OpensWithDateline(paragraphs[i + 1]) && !IsAttributedQuote(text));
            if ((bodyStartsBelow && IsOneSentence(text))
                || (!TextShape.EndsLikeSentence(text) && TextShape.TitleCaseShare(text) >= 0.8))
            {
                results[i] = (ParagraphKind.Title, "title.dek");
            }
        }
    }

    /// <summary>
    /// "“This will help law enforcement …,” -Governor Bruce Rauner": a quotation signed after a dash, which a release
    /// sets above its dateline as the first thing its speaker says, not as a summary.
    /// </summary>
    private static bool IsAttributedQuote(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == 0 || trimmed[0] is not ('"' or '“'))
        {
            return false;
        }

        var close = trimmed.LastIndexOfAny('"', '”');
        var after = close > 0 ? trimmed[(close + 1)..].TrimStart(" ,") : [];
        return after.Length > 1 && after[0] is '-' or '–' or '—';
    }

    /// <summary>
    /// The line is the headline: equal to the title, or the title with a suffix the line lacks
    /// ("Headline - Outlet Name"), or the line with a suffix the title lacks; never a short fragment.
    /// </summary>
    private static bool IsTitle(string line, string title, int words) =>
        line.Length > 0 && (line == title
            || (words >= 4 && title.StartsWith(line, StringComparison.Ordinal))
            || (title.Length >= 20 && line.StartsWith(title, StringComparison.Ordinal)));

    /// <summary>
    /// "Help Protest Expansion of the County Jail!": an exclamation in title case is a headline or a slogan, not a
    /// sentence of the body, though it ends like one.
    /// </summary>
    private static bool IsExclaimedInTitleCase(string text) =>
        text.AsSpan().TrimEnd().EndsWith("!", StringComparison.Ordinal) && TextShape.TitleCaseShare(text) >= 0.8;

    private static ParagraphKind KindOf(string rule) =>
        rule.StartsWith("title.", StringComparison.Ordinal) ? ParagraphKind.Title
        : rule.StartsWith("boilerplate.", StringComparison.Ordinal) ? ParagraphKind.Boilerplate
        : ParagraphKind.Content;

    /// <summary>
    /// No sentence ends inside the line. A full stop after an initial or an abbreviation of the lexicon
    /// ("Timothy T. Tyler", "the U.S. bishops", "Gov.") ends none, as for the speakers' sentences.
    /// </summary>
    private bool IsOneSentence(string text)
    {
        var trimmed = text.TrimEnd();
        for (var i = 0; i < trimmed.Length - 1; i++)
        {
            if (trimmed[i] is '.' or '!' or '?' && char.IsWhiteSpace(trimmed[i + 1])
                && !(trimmed[i] == '.' && sentences.IsAbbreviation(trimmed, i)))
            {
                return false;
            }
        }

        return true;
    }
}
