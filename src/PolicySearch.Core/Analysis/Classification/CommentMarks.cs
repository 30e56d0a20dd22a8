namespace PolicySearch.Core.Analysis.Classification;

/// <summary>Reader comments below an article, found from the comment widgets around them (<see cref="ParagraphClassifier"/>).</summary>
internal static class CommentMarks
{
    private const int MaxCommentWords = 150;
    private const string CommentRule = "boilerplate.reader-comment";

    /// <summary>
    /// Reader comments: below a comment section's heading past the first third of the page ("12 comments",
    /// "Leave a reply", "3 thoughts on ..."), a content line next to the comment widgets (a handle, a comment
    /// time, "Reply", "Jane says:") is a reader's comment. Neighbours are required so that an article whose
    /// body follows a comment count near its end keeps it.
    /// </summary>
    internal static void MarkComments(IReadOnlyList<string> paragraphs, int[] wordCounts, List<(ParagraphKind Kind, string Rule)> results)
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
}
