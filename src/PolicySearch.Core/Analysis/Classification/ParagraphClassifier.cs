namespace PolicySearch.Core.Analysis.Classification;

/// <summary>
/// Decides each paragraph's kind (content, boilerplate, title) and names the rule that decided it, so that
/// every drop is explainable. Title rules look at the whole article (the headline and its repeats); the
/// boilerplate rules are line patterns from <c>boilerplate-rules.json</c> plus two typographic rules
/// (ALL-CAPS related headlines, Title Case teasers such as polls and clickbait ads).
/// </summary>
internal sealed class ParagraphClassifier(BoilerplateRuleSet rules)
{
    public const string ContentRule = "content";

    private const int MaxHeadlineWords = 25;
    private const int MaxDekWords = 40;

    public IReadOnlyList<(ParagraphKind Kind, string Rule)> Classify(IReadOnlyList<string> paragraphs, string? title)
    {
        var titleKey = string.IsNullOrWhiteSpace(title) ? null : TextShape.Comparable(title);
        var keys = paragraphs.Select(TextShape.Comparable).ToList();
        var repeats = keys.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var results = new List<(ParagraphKind, string)>(paragraphs.Count);
        var headlineSeen = false;
        var contentSeen = false;
        var previousRule = "";

        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i];
            var words = TextShape.WordCount(text);
            var headlineShaped = words <= MaxHeadlineWords && !TextShape.EndsLikeSentence(text);

            string? rule = null;
            if (headlineShaped && titleKey is not null && keys[i].Length > 0 && keys[i] == titleKey)
            {
                rule = headlineSeen ? "title.headline-repeat" : "title.headline";
            }
            else if (i == 0 && headlineShaped && words >= 3 && TextShape.TitleCaseShare(text) >= 0.8)
            {
                rule = "title.headline";
            }
            else if (previousRule == "title.headline" && !contentSeen && words <= MaxDekWords && IsOneSentence(text))
            {
                // A one-sentence summary right under the headline, before the body starts.
                rule = "title.dek";
            }

            rule ??= rules.Match(text, words);
            if (rule is null && headlineShaped && words >= 4 && repeats[keys[i]] >= 2 && TextShape.TitleCaseShare(text) >= 0.6)
            {
                rule = "title.headline-repeat";
            }

            if (rule is null && words >= 3 && TextShape.UpperCaseLetterShare(text) >= 0.9 && text.Count(char.IsLetter) >= 10)
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
            contentSeen |= kind == ParagraphKind.Content;
            previousRule = kind == ParagraphKind.Boilerplate ? previousRule : rule;
            results.Add((kind, rule));
        }

        return results;
    }

    private static ParagraphKind KindOf(string rule) =>
        rule.StartsWith("title.", StringComparison.Ordinal) ? ParagraphKind.Title
        : rule.StartsWith("boilerplate.", StringComparison.Ordinal) ? ParagraphKind.Boilerplate
        : ParagraphKind.Content;

    private static bool IsOneSentence(string text)
    {
        var trimmed = text.TrimEnd();
        for (var i = 0; i < trimmed.Length - 1; i++)
        {
            if (trimmed[i] is '.' or '!' or '?' && char.IsWhiteSpace(trimmed[i + 1]))
            {
                return false;
            }
        }

        return true;
    }
}
