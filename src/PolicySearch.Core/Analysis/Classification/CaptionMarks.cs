namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// Photo captions, their credits' neighbours and image alt text, found from the lines around them once every line has
/// its own rule (<see cref="ParagraphClassifier"/>).
/// </summary>
internal static class CaptionMarks
{
    // Repeated lines: shorter ones ("Photo: AP") are left to the credit rules; more than two distinct repeats is a page
    // crawled twice, not an image's two captions.
    private const int MinRepeatedCaptionWords = 6;
    private const int MaxRepeatedCaptions = 2;
    private const int MaxLoneCreditWords = 6;
    private const int MaxCaptionWords = 60;
    private const string CreditRule = "boilerplate.caption-credit";
    private const string CaptionRulePrefix = "boilerplate.caption";
    private const string CaptionRule = "boilerplate.caption";

    /// <summary>
    /// Photo captions: the line right above a photo credit that stands alone ("Sun-Times file", "Credit: Agency"),
    /// and the image's alt text above a caption (a line without a full stop that the caption's first words
    /// repeat), whether the caption was found by its credit or by its own wording (an unpunctuated alt text can
    /// itself have a caption's wording). A line above a lone credit
    /// that quotes or reports speech is the body (an image with a credit and no caption), not a caption.
    /// </summary>
    internal static void MarkCaptions(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
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
    internal static void MarkCreditedAltText(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
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
    internal static void MarkRepeatedCaptions(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
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
}
