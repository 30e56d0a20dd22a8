using System.Text;
using PolicySearch.Benchmarks.Corpus;

namespace PolicySearch.Benchmarks.LongParagraphs;

/// <summary>
/// One huge single-line paragraph of news prose, as a file with no line breaks at all gives the analysis: the
/// seed articles' own content paragraphs (real English: curly and straight quotes, titled names, pronouns,
/// "according to", parentheses) interleaved with the generated corpus' paragraphs (a cast of two thousand
/// people, so the article's discourse keeps meeting new names), joined by spaces. Same seed, same text.
/// As a run-on, every sentence end (". ", "! ", "? ") becomes a comma: one sentence of the whole size, the
/// worst case for the attribution, which works sentence by sentence.
/// </summary>
internal static class LongParagraphText
{
    public static string Build(int characters, ulong seed, bool runOn = false)
    {
        var real = SeedParagraphs();
        var random = new SeededRandom(seed);
        var composer = new ArticleComposer(seed);
        var text = new StringBuilder(characters + 4096);
        var article = 0;
        while (text.Length < characters)
        {
            foreach (var generated in composer.Compose(article++, 12).Paragraphs)
            {
                Append(text, random.Pick(real));
                Append(text, generated);
            }
        }

        if (runOn)
        {
            text.Replace(". ", ", ").Replace("! ", ", ").Replace("? ", ", ");
        }

        return text.ToString(0, Math.Min(text.Length, characters)).TrimEnd();
    }

    private static void Append(StringBuilder text, string paragraph)
    {
        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(paragraph);
    }

    /// <summary>The seed files' lines long enough to be prose (headlines, bylines and widgets are short).</summary>
    private static List<string> SeedParagraphs()
    {
        var seeds = Path.Combine(RepoRoot.Find(), "seeds");
        return Directory.EnumerateFiles(seeds, "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => line.Trim())
            .Where(line => line.Length >= 150)
            .ToList();
    }
}
