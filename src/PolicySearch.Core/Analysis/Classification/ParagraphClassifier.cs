using PolicySearch.Core.Analysis.Speakers;

namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// Decides each paragraph's kind (content, boilerplate, title) and names the rule that decided it, so that
/// every drop is explainable. Title rules look at the whole article (the headline and its repeats); the
/// boilerplate rules are line patterns from <c>boilerplate-rules.json</c> plus two typographic rules
/// (ALL-CAPS related headlines, Title Case teasers such as polls and clickbait ads); then passes over neighbouring
/// lines find deks, captions and alt text, reader comments, subheads and lone labels.
/// </summary>
internal sealed class ParagraphClassifier(BoilerplateRuleSet rules, SentenceSplitter sentences)
{
    public const string ContentRule = "content";

    // Repeated lines: shorter ones ("Photo: AP") are left to the credit rules; more than two distinct repeats is a page
    // crawled twice, not an image's two captions.
    private const int MinRepeatedCaptionWords = 6;
    private const int MaxRepeatedCaptions = 2;

    private const int MaxHeadlineWords = 25;
    private const int MaxDekWords = 40;
    private const int MaxRepeatedDekWords = 60;
    private const int MaxChromeLines = 30;
    private const int MaxLoneCreditWords = 6;
    private const int MaxCaptionWords = 60;
    private const int MaxSubheadWords = 14;
    private const int MaxLastSubheadWords = 6;
    private const int MinBodyWords = 20;
    private const int MaxCommentWords = 150;
    private const string CreditRule = "boilerplate.caption-credit";
    private const string CaptionRulePrefix = "boilerplate.caption";
    private const string CaptionRule = "boilerplate.caption";
    private const string CommentRule = "boilerplate.reader-comment";
    private const string EmbedAttributionRule = "boilerplate.embed-attribution";
    private const int MaxQuestionSubheadWords = 8;

    // Openers of a question that continues the writer's argument rather than heading a section.
    private static readonly HashSet<string> QuestionAsideOpeners = new(StringComparer.OrdinalIgnoreCase) { "So", "And", "But", "Or", "Yet", "Then", "Well", "Now" };

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
            var headlineShaped = words <= MaxHeadlineWords && (!TextShape.EndsLikeSentence(text) || IsExclaimedInTitleCase(text));

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

            if (rule is null && headlineShaped && words is >= 3 and <= 20 && TextShape.TitleCaseShare(text) >= 0.8)
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
        MarkCaptions(paragraphs, wordCounts, results);
        MarkRepeatedCaptions(paragraphs, wordCounts, results);
        MarkCreditedAltText(paragraphs, wordCounts, results);
        MarkComments(paragraphs, wordCounts, results);
        MarkSubheads(paragraphs, wordCounts, results);
        MarkTwoWordLabels(paragraphs, wordCounts, results);
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
    /// Photo captions: the line right above a photo credit that stands alone ("Sun-Times file", "Credit: Agency"),
    /// and the image's alt text above a caption (a line without a full stop that the caption's first words
    /// repeat), whether the caption was found by its credit or by its own wording (an unpunctuated alt text can
    /// itself have a caption's wording). A line above a lone credit
    /// that quotes or reports speech is the body (an image with a credit and no caption), not a caption.
    /// </summary>
    private static void MarkCaptions(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        for (var i = 1; i < paragraphs.Count; i++)
        {
            var caption = -1;
            if (results[i].Rule == CreditRule && wordCounts[i] <= MaxLoneCreditWords)
            {
                var above = i - 1;
                if (!results[above].Rule.StartsWith("title.headline", StringComparison.Ordinal)
                    && results[above].Kind != ParagraphKind.Boilerplate
                    && wordCounts[above] <= MaxCaptionWords
                    && !QuotesOrReportsSpeech(paragraphs[above]))
                {
                    results[above] = (ParagraphKind.Boilerplate, "boilerplate.caption");
                    caption = above;
                }
            }
            else if (results[i].Rule.StartsWith(CaptionRulePrefix, StringComparison.Ordinal) && wordCounts[i] > MaxLoneCreditWords)
            {
                caption = i;
            }

            var alt = caption - 1;
            if (alt >= 0 && (results[alt].Kind == ParagraphKind.Content || results[alt].Rule == CaptionRule) && !TextShape.EndsLikeSentence(paragraphs[alt])
                && TextShape.SameOpening(paragraphs[alt], paragraphs[caption], 4))
            {
                results[alt] = (ParagraphKind.Boilerplate, "boilerplate.alt-text");
            }
        }
    }

    /// <summary>
    /// An image's alt text above its caption, the same words with the credit after them in parentheses:
    /// "A judge blocked the rules." above "A judge blocked the rules. (Jane Doe/Getty Images)" or "… (U.S. Department of
    /// Homeland Security)". The alt text is a whole sentence, so the caption rules above do not see it; a line of the
    /// body is never printed again with a short parenthesis after it. Both lines go, whether or not a credit rule
    /// knew the caption's credit.
    /// </summary>
    private static void MarkCreditedAltText(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            var captionIsBody = results[i + 1].Kind == ParagraphKind.Content;
            if (results[i].Kind != ParagraphKind.Content
                || !(captionIsBody || results[i + 1].Rule.StartsWith(CaptionRulePrefix, StringComparison.Ordinal))
                || wordCounts[i] is < MinRepeatedCaptionWords or > MaxCaptionWords
                || !IsCreditedRepeat(paragraphs[i], paragraphs[i + 1]))
            {
                continue;
            }

            results[i] = (ParagraphKind.Boilerplate, "boilerplate.alt-text");
            if (captionIsBody)
            {
                results[i + 1] = (ParagraphKind.Boilerplate, CaptionRule);
            }
        }
    }

    /// <summary>The second line is the first followed only by a parenthesis of a few words, without quotation marks.</summary>
    private static bool IsCreditedRepeat(string first, string second)
    {
        var alt = first.AsSpan().Trim();
        var caption = second.AsSpan().Trim();
        if (caption.Length <= alt.Length || !caption.StartsWith(alt, StringComparison.Ordinal))
        {
            return false;
        }

        var credit = caption[alt.Length..].Trim();
        return credit.Length > 2 && credit[0] == '(' && credit[^1] == ')'
            && credit[1..^1].IndexOfAny("()\"“”") < 0
            && TextShape.WordCount(credit[1..^1].ToString()) <= MaxLoneCreditWords + 2;
    }

    /// <summary>
    /// An image's alt text and its caption printed as the same words: a line of the body (six words or more, at most a
    /// caption's length) printed twice in a row, both copies still taken for content. A dek that the lede repeats was
    /// marked before, so its lede is no pair. Only two copies side by side, and only when one or two lines repeat so: a
    /// page whose body was crawled twice keeps it.
    /// </summary>
    private static void MarkRepeatedCaptions(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        var pairs = new List<int>();
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (wordCounts[i] is >= MinRepeatedCaptionWords and <= MaxCaptionWords
                && string.Equals(paragraphs[i].Trim(), paragraphs[i + 1].Trim(), StringComparison.Ordinal))
            {
                pairs.Add(i);
            }
        }

        if (pairs.Count > MaxRepeatedCaptions)
        {
            return;
        }

        foreach (var i in pairs)
        {
            if (results[i].Kind == ParagraphKind.Content && results[i + 1].Kind == ParagraphKind.Content)
            {
                results[i] = (ParagraphKind.Boilerplate, "boilerplate.repeated-caption");
                results[i + 1] = (ParagraphKind.Boilerplate, "boilerplate.repeated-caption");
            }
        }
    }

    /// <summary>True when the line holds a double quotation mark or a "said"/"says" (the body, not a caption).</summary>
    private static bool QuotesOrReportsSpeech(string text) =>
        text.AsSpan().IndexOfAny('"', '“', '”') >= 0
        || text.Contains(" said", StringComparison.OrdinalIgnoreCase)
        || text.Contains(" says", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reader comments: below a comment section's heading past the first third of the page ("12 comments",
    /// "Leave a reply", "3 thoughts on ..."), a content line next to the comment widgets (a handle, a comment
    /// time, "Reply", "Jane says:") is a reader's comment. Neighbours are required so that an article whose
    /// body follows a comment count near its end keeps it.
    /// </summary>
    private static void MarkComments(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        var start = -1;
        for (var i = paragraphs.Count / 3; i < paragraphs.Count; i++)
        {
            if (results[i].Kind == ParagraphKind.Boilerplate && IsCommentHeading(paragraphs[i], results[i].Rule))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return;
        }

        for (var j = start + 1; j < paragraphs.Count; j++)
        {
            if (results[j].Kind != ParagraphKind.Content || wordCounts[j] > MaxCommentWords)
            {
                continue;
            }

            var before = IsCommentFurniture(results[j - 1].Rule);
            var after = j + 1 < paragraphs.Count && IsCommentFurniture(results[j + 1].Rule);
            if (before || after)
            {
                results[j] = (ParagraphKind.Boilerplate, CommentRule);
            }
        }
    }

    private static bool IsCommentHeading(string text, string rule) =>
        rule is "boilerplate.comment" or "boilerplate.share-widget"
        && (text.Contains("comment", StringComparison.OrdinalIgnoreCase)
            || text.Contains("repl", StringComparison.OrdinalIgnoreCase)
            || text.Contains("response", StringComparison.OrdinalIgnoreCase)
            || text.Contains("thought", StringComparison.OrdinalIgnoreCase)
            || text.Contains("conversation", StringComparison.OrdinalIgnoreCase)
            || text.Contains("discussion", StringComparison.OrdinalIgnoreCase));

    private static bool IsCommentFurniture(string rule) =>
        rule is "boilerplate.comment" or "boilerplate.timestamp" or "boilerplate.single-word" or CommentRule;

    /// <summary>
    /// Subheads and live-blog entry headings: a short line below the headline (or, in a text stored without its
    /// headline, below the first full paragraph of the body) that does not end like a sentence
    /// ("Judge dismisses case", "What the ordinance requires"). Quotes, list items and lines that end in a colon
    /// or a comma stay content; the article's last line is a subhead only when very short, because a stored
    /// excerpt cut mid-sentence also ends without a full stop. Short lines under a line that ends in a colon are
    /// the items of the list it announces ("… including as a:", "Staging area", "Processing location"), and the
    /// line right above an embedded post's attribution ("— Jane Doe (@janedoe) March 5, 2025") is the post's
    /// text: both stay content. A short question ("What does the order mean?") is a subhead when the body goes
    /// on below it, unless it opens with a conjunction ("So what changed?"): that is the writer's own aside.
    /// </summary>
    private static void MarkSubheads(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        var afterHeadline = false;
        var inList = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (results[i].Kind == ParagraphKind.Title)
            {
                afterHeadline = true;
                inList = false;
                continue;
            }

            var text = paragraphs[i].Trim();
            var listItem = inList;
            inList = results[i].Kind == ParagraphKind.Content
                && (text.EndsWith(':') || (listItem && wordCounts[i] <= MaxSubheadWords && !TextShape.EndsLikeSentence(text)));
            var maxWords = i == paragraphs.Count - 1 ? MaxLastSubheadWords : MaxSubheadWords;
            if (!afterHeadline || results[i].Kind != ParagraphKind.Content || wordCounts[i] < 2 || wordCounts[i] > maxWords)
            {
                // A stored text that starts at the body has no headline: its first full paragraph opens the body.
                afterHeadline |= results[i].Kind == ParagraphKind.Content && wordCounts[i] >= MinBodyWords && TextShape.EndsLikeSentence(paragraphs[i]);
                continue;
            }

            if (listItem || (i + 1 < paragraphs.Count && results[i + 1].Rule == EmbedAttributionRule) || !char.IsUpper(text[0]))
            {
                continue;
            }

            if ((char.IsLetterOrDigit(text[^1]) && !TextShape.EndsLikeSentence(text)) || IsQuestionSubhead(text, wordCounts[i], i + 1 < paragraphs.Count && results[i + 1].Kind == ParagraphKind.Content))
            {
                results[i] = (ParagraphKind.Title, "title.subhead");
            }
        }
    }

    /// <summary>
    /// A line of two capitalised words and nothing else that no rule above took ("Amanda Karras", "Immigration Action",
    /// "College Campus"): an author's or a section's name, a tag or a label of the page, never a paragraph of the body
    /// (none of the 81 such lines of the development set's gold is content). Headlines and subheads keep their kind.
    /// </summary>
    private static void MarkTwoWordLabels(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (results[i].Kind == ParagraphKind.Content && wordCounts[i] == 2 && IsTwoCapitalisedWords(paragraphs[i].Trim()))
            {
                results[i] = (ParagraphKind.Boilerplate, "boilerplate.label");
            }
        }
    }

    private static bool IsTwoCapitalisedWords(string text)
    {
        var space = text.IndexOf(' ');
        return space > 0 && char.IsUpper(text[0]) && char.IsUpper(text[space + 1]) && char.IsLetter(text[^1])
            && text.All(c => char.IsLetter(c) || c is ' ' or '\'' or '’' or '.' or '-');
    }

    /// <summary>A short question standing alone above more body ("What’s changing?"), not an aside ("So why now?").</summary>
    private static bool IsQuestionSubhead(string text, int words, bool bodyFollows) =>
        bodyFollows
        && words <= MaxQuestionSubheadWords
        && text[^1] == '?'
        && text.AsSpan().IndexOfAny('"', '“', '”') < 0
        && !QuestionAsideOpeners.Contains(text[..Math.Max(0, text.IndexOf(' '))]);

    /// <summary>
    /// A dek is a one-sentence summary right under the headline and before the byline, timestamp or headline
    /// repeat. It must be followed by such a non-content line: otherwise it is the article's first sentence,
    /// and dropping a lede would cost more than indexing a dek.
    /// </summary>
    private void MarkDek(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
    {
        for (var i = 1; i + 1 < paragraphs.Count; i++)
        {
            if (results[i - 1].Rule == "title.headline"
                && results[i].Kind == ParagraphKind.Content
                && results[i + 1].Kind != ParagraphKind.Content
                && wordCounts[i] <= MaxDekWords
                && IsOneSentence(paragraphs[i]))
            {
                results[i] = (ParagraphKind.Title, "title.dek");
            }
        }
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
