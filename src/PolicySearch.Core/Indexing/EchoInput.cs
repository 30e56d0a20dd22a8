using System.Diagnostics;
using System.Text;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Echoes;

namespace PolicySearch.Core.Indexing;

/// <summary>The build's content paragraphs, in document order, as <see cref="EchoFinder"/> reads them.</summary>
internal static class EchoInput
{
    public static List<EchoGroup> Find(IReadOnlyList<AnalyzedArticle> analyzed, ParagraphTextStore texts, IProgress<string>? progress)
    {
        var clock = Stopwatch.StartNew();
        var content = new List<(int Article, int Paragraph)>();
        for (var ordinal = 0; ordinal < analyzed.Count; ordinal++)
        {
            foreach (var paragraph in analyzed[ordinal].Paragraphs)
            {
                if (paragraph.Kind == ParagraphKind.Content)
                {
                    content.Add((ordinal, paragraph.Index));
                }
            }
        }

        var groups = EchoFinder.Find(
            content.Count,
            document => content[document].Article,
            document => Encoding.UTF8.GetString(texts.Text(content[document].Article, content[document].Paragraph).Span));
        progress?.Report($"echoes: {groups.Count} quotation groups over {groups.Sum(g => g.Members.Count)} paragraphs ({clock.Elapsed.TotalSeconds:F1} s)");
        return groups;
    }
}
