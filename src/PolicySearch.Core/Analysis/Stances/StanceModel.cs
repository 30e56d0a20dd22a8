using System.Collections.Concurrent;
using System.Globalization;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// The learned half of the stance decision: a multinomial logistic regression over a paragraph's words and word
/// pairs (<see cref="StanceFeatures"/>), read from the tab-separated file the trainer writes (<c>PolicySearch.Training</c>)
/// (<c>Analysis/Data/stance-model.tsv</c>: a feature's words, its inverse document frequency and its weight for
/// each stance). Gives a probability per stance and the words that weighed most toward one, so the evidence stays
/// readable. Loaded once per file and shared; reading is a few lookups per word and deterministic.
/// </summary>
internal sealed class StanceModel
{
    /// <summary>The first column of the line holding each stance's bias.</summary>
    public const string BiasRow = "(bias)";

    /// <summary>The columns after a feature's words and inverse document frequency, in this order.</summary>
    public static readonly Stance[] Columns = [Stance.Supports, Stance.Opposes, Stance.Neutral];

    private static readonly ConcurrentDictionary<string, Lazy<StanceModel>> Loaded = new(StringComparer.Ordinal);

    private readonly StanceFeatures features;

    /// <summary>Per stance (indexed by <see cref="Stance"/>), a weight per feature and a bias.</summary>
    private readonly float[][] weights;

    private readonly double[] biases;

    /// <summary>Per stance, each feature's weight minus the mean of the three: what the feature says for it against the others.</summary>
    private readonly float[][] leanings;

    public StanceModel(StanceFeatures features, float[][] weights, double[] biases)
    {
        this.features = features;
        this.weights = weights;
        this.biases = biases;
        leanings = weights.Select((own, stance) => own.Select((w, f) => w - ((weights[0][f] + weights[1][f] + weights[2][f]) / 3)).ToArray()).ToArray();
    }

    /// <summary>The model in <paramref name="path"/>, loaded on first use and kept for the process.</summary>
    public static StanceModel Load(string path) =>
        Loaded.GetOrAdd(Path.GetFullPath(path), full => new Lazy<StanceModel>(() => Parse(full))).Value;

    public StanceReading Read(IReadOnlyList<Word> words)
    {
        var vector = features.Vector(words);
        var scores = new double[3];
        for (var stance = 0; stance < 3; stance++)
        {
            var own = weights[stance];
            var sum = biases[stance];
            foreach (var (feature, value) in vector)
            {
                sum += own[feature] * value;
            }

            scores[stance] = sum;
        }

        // Softmax in place (the scores become probabilities), shifted by the largest so that no exponent overflows.
        var top = Math.Max(scores[0], Math.Max(scores[1], scores[2]));
        var total = 0.0;
        for (var stance = 0; stance < 3; stance++)
        {
            scores[stance] = Math.Exp(scores[stance] - top);
            total += scores[stance];
        }

        for (var stance = 0; stance < 3; stance++)
        {
            scores[stance] /= total;
        }

        return new StanceReading(scores, vector);
    }

    /// <summary>Up to <paramref name="count"/> words or word pairs of the paragraph that weigh most for <paramref name="stance"/>.</summary>
    public IReadOnlyList<string> WordsFor(StanceReading reading, Stance stance, int count)
    {
        // A running top-k (k is small): no sort of every feature of a long paragraph.
        var lean = leanings[(int)stance];
        var best = new List<(float Weight, int Feature)>(count + 1);
        foreach (var (feature, value) in reading.Features)
        {
            var weight = value * lean[feature];
            if (weight <= 0 || (best.Count == count && weight <= best[^1].Weight))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && best[at - 1].Weight < weight)
            {
                at--;
            }

            best.Insert(at, (weight, feature));
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        return best.Select(b => features.Name(b.Feature)).ToList();
    }

    /// <summary>Writes the model in the format <see cref="Load"/> reads, after the given comment lines.</summary>
    public void Write(TextWriter writer, IEnumerable<string> comments)
    {
        foreach (var comment in comments)
        {
            writer.WriteLine($"# {comment}");
        }

        writer.WriteLine(string.Join('\t', ["words", "idf", .. Columns.Select(c => c.ToName())]));
        writer.WriteLine(string.Join('\t', [BiasRow, "", .. Columns.Select(c => Number(biases[(int)c]))]));
        for (var f = 0; f < features.Count; f++)
        {
            writer.WriteLine(string.Join('\t', [features.Name(f), Number(features.InverseFrequency(f)), .. Columns.Select(c => Number(weights[(int)c][f]))]));
        }
    }

    private static string Number(double value) => ((float)value).ToString("R", CultureInfo.InvariantCulture);

    private static StanceModel Parse(string path)
    {
        var features = new StanceFeatures();
        var columns = Columns.Select(_ => new List<float>()).ToArray();
        double[]? biases = null;
        var number = 0;
        var header = false;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!header)
            {
                header = true;
                continue;
            }

            if (fields.Length != 2 + Columns.Length)
            {
                throw Invalid(path, number, $"expected {2 + Columns.Length} tab-separated fields, found {fields.Length}");
            }

            var values = fields.Skip(2).Select(v => float.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : throw Invalid(path, number, $"'{v}' is not a number")).ToArray();
            if (fields[0] == BiasRow)
            {
                biases = new double[3];
                for (var c = 0; c < Columns.Length; c++)
                {
                    biases[(int)Columns[c]] = values[c];
                }

                continue;
            }

            if (!float.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var idf))
            {
                throw Invalid(path, number, $"'{fields[1]}' is not a number");
            }

            try
            {
                features.Add(fields[0], idf);
            }
            catch (ArgumentException ex)
            {
                throw Invalid(path, number, ex.Message);
            }

            for (var c = 0; c < Columns.Length; c++)
            {
                columns[c].Add(values[c]);
            }
        }

        if (biases is null)
        {
            throw Invalid(path, number, $"no '{BiasRow}' line");
        }

        var weights = new float[3][];
        for (var c = 0; c < Columns.Length; c++)
        {
            weights[(int)Columns[c]] = [.. columns[c]];
        }

        return new StanceModel(features, weights, biases);
    }

    private static PolicySearchException Invalid(string path, int line, string what) =>
        new("analysis.data-invalid", $"Stance model {path}, line {line}: {what}.");
}

/// <summary>
/// The stance model's reading of one paragraph: a probability per stance (indexed by <see cref="Stance"/>) and the
/// paragraph's features, kept to name the words behind a stance.
/// </summary>
internal sealed record StanceReading(double[] Probabilities, (int Feature, float Value)[] Features)
{
    public double Of(Stance stance) => Probabilities[(int)stance];
}
