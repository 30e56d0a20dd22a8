using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Evaluation;

/// <summary>
/// Pairs gold blocks with system paragraphs by text: the gold block's text is cut from the article by its
/// code-point offsets and matched, in order, to the first unused system paragraph with the same trimmed text.
/// A gold block found only inside a longer system paragraph is a segmentation error and stays unpaired.
/// </summary>
internal static class GoldAlignment
{
    public sealed record Pair(GoldParagraph Gold, AnalyzedParagraph? System, bool SegmentationError);

    public static (List<Pair> Pairs, List<AnalyzedParagraph> UnpairedSystem) Align(
        IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<GoldParagraph> gold)
    {
        var byId = analyzed.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        var pairs = new List<Pair>();
        var used = new HashSet<AnalyzedParagraph>();
        foreach (var group in gold.GroupBy(g => g.ArticleId, StringComparer.Ordinal))
        {
            byId.TryGetValue(group.Key, out var article);
            var next = 0;
            foreach (var row in group.OrderBy(g => g.Index))
            {
                if (article is null)
                {
                    pairs.Add(new Pair(row, null, false));
                    continue;
                }

                var text = CodePointSlice(article.Article.Text, row.CharStart, row.CharEnd).Trim();
                var match = -1;
                for (var j = next; j < article.Paragraphs.Count && match < 0; j++)
                {
                    if (article.Paragraphs[j].Text == text)
                    {
                        match = j;
                    }
                }

                if (match >= 0)
                {
                    used.Add(article.Paragraphs[match]);
                    pairs.Add(new Pair(row, article.Paragraphs[match], false));
                    next = match + 1;
                }
                else
                {
                    var merged = text.Length > 0 && article.Paragraphs.Any(p => p.Text.Contains(text, StringComparison.Ordinal));
                    pairs.Add(new Pair(row, null, merged));
                }
            }
        }

        var goldArticles = gold.Select(g => g.ArticleId).ToHashSet(StringComparer.Ordinal);
        var unpaired = analyzed.Where(a => goldArticles.Contains(a.Article.Id))
            .SelectMany(a => a.Paragraphs)
            .Where(p => !used.Contains(p))
            .ToList();
        return (pairs, unpaired);
    }

    /// <summary>The gold offsets count code points; .NET strings count UTF-16 units.</summary>
    internal static string CodePointSlice(string text, int start, int end)
    {
        int unit = 0, codePoint = 0, startUnit = -1;
        while (unit <= text.Length)
        {
            if (codePoint == start)
            {
                startUnit = unit;
            }

            if (codePoint == end)
            {
                return startUnit < 0 ? "" : text[startUnit..unit];
            }

            if (unit == text.Length)
            {
                break;
            }

            unit += char.IsHighSurrogate(text[unit]) && unit + 1 < text.Length ? 2 : 1;
            codePoint++;
        }

        return startUnit < 0 ? "" : text[startUnit..];
    }
}
