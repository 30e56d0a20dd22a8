namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// Subheads and lone labels inside the body, found once every line has its own rule (<see cref="ParagraphClassifier"/>).
/// </summary>
internal static class HeadingMarks
{
    private const int MaxSubheadWords = 14;
    private const int MaxLastSubheadWords = 6;
    private const int MinBodyWords = 20;
    private const int MaxQuestionSubheadWords = 8;
    private const string EmbedAttributionRule = "boilerplate.embed-attribution";

    // Openers of a question that continues the writer's argument rather than heading a section.
    private static readonly HashSet<string> QuestionAsideOpeners = new(StringComparer.OrdinalIgnoreCase) { "So", "And", "But", "Or", "Yet", "Then", "Well", "Now" };

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
    internal static void MarkSubheads(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
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

    /// <summary>A short question standing alone above more body ("What’s changing?"), not an aside ("So why now?").</summary>
    private static bool IsQuestionSubhead(string text, int words, bool bodyFollows) =>
        bodyFollows
        && words <= MaxQuestionSubheadWords
        && text[^1] == '?'
        && text.AsSpan().IndexOfAny('"', '“', '”') < 0
        && !QuestionAsideOpeners.Contains(text[..Math.Max(0, text.IndexOf(' '))]);

    /// <summary>
    /// A line of two capitalised words and nothing else that no rule above took ("Amanda Karras", "Immigration Action",
    /// "College Campus"): an author's or a section's name, a tag or a label of the page, never a paragraph of the body
    /// (none of the 81 such lines of the development set's gold is content). Headlines and subheads keep their kind.
    /// </summary>
    internal static void MarkTwoWordLabels(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
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
}
