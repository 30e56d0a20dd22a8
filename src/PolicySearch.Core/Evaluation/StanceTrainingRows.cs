using PolicySearch.Core.Analysis;

namespace PolicySearch.Core.Evaluation;

/// <summary>
/// The stance model's training rows from one gold-labelled corpus: each gold content paragraph with a stance, as the
/// text of the paragraph the analysis split out for it (the text the model will read), with its gold stance. Gold
/// rows the splitter merged or lost are counted, not trained on.
/// </summary>
public static class StanceTrainingRows
{
    public static (List<(string Text, string Stance)> Rows, int Unaligned) Collect(
        IReadOnlyList<AnalyzedArticle> analyzed, IReadOnlyList<GoldParagraph> gold)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(gold);
        var read = analyzed.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
        var labelled = gold.Where(g => read.Contains(g.ArticleId) && g.Kind == "content" && g.Stance is not null).ToList();
        var (pairs, _) = GoldAlignment.Align(analyzed, labelled);
        var rows = pairs.Where(p => p.System is not null).Select(p => (p.System!.Text, p.Gold.Stance!)).ToList();
        return (rows, pairs.Count - rows.Count);
    }

    /// <summary>
    /// The parts a stance model is trained on, from a tab-separated file: a corpus folder and its gold file per line,
    /// relative to the file; lines starting with '#' are comments.
    /// </summary>
    public static IReadOnlyList<(string Corpus, string Gold)> ReadParts(string path)
    {
        if (!File.Exists(path))
        {
            throw new PolicySearchException("train-stance.parts-missing", $"Parts file not found: {path}");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var parts = new List<(string, string)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2)
            {
                throw new PolicySearchException("train-stance.parts-invalid", $"{path}:{number}: expected a corpus folder and a gold file separated by a tab.");
            }

            parts.Add((Path.GetFullPath(fields[0], folder), Path.GetFullPath(fields[1], folder)));
        }

        return parts;
    }
}
