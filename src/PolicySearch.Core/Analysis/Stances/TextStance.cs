using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// The side a short text takes by its own words alone: the paragraph cues of <see cref="StanceCueScorer"/> against the
/// same threshold, with no speaker, no neighbouring paragraph and no prior. The ranking reads a query with it
/// ("claims that sanctuary laws shield criminals" opposes, "immigrants afraid to report crimes" supports).
/// </summary>
internal sealed class TextStance(StanceFile stance)
{
    private static readonly Lazy<TextStance> Shipped = new(() => new TextStance(LexiconFiles.Load<StanceFile>(LexiconFiles.DefaultFolder, "stance.json")));

    private readonly StanceCueScorer scorer = new(stance);

    /// <summary>The reader over the stance cues shipped beside the binaries (<c>Analysis/Data/stance.json</c>), loaded once.</summary>
    public static TextStance Default => Shipped.Value;

    public Stance Of(string text)
    {
        var (cues, _) = scorer.Score(text, WordTokenizer.Tokenize(text), voiced: false);
        var score = cues.Sum(cue => cue.Weight);
        return Math.Abs(score) < stance.Threshold ? Stance.Neutral : score > 0 ? Stance.Supports : Stance.Opposes;
    }
}
