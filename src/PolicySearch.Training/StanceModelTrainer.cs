using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using PolicySearch.Core;
using PolicySearch.Core.Analysis;
using PolicySearch.Core.Analysis.Lexicons;
using PolicySearch.Core.Analysis.Stances;

namespace PolicySearch.Training;

/// <summary>
/// Trains the stance model on (paragraph text, gold stance) rows: the vocabulary is every word and word pair found
/// in at least two paragraphs, with a smoothed inverse document frequency, ln((1 + n) / (1 + df)) + 1; the weights
/// are a multinomial logistic regression fitted by ML.NET's L-BFGS maximum entropy trainer, each class weighted to
/// count as much as the others (macro-F1 counts them alike). Deterministic: one seed, one thread, rows in the given
/// order. Settings were chosen on the development set (docs/analysis.md, "The stance model").
/// </summary>
public static class StanceModelTrainer
{
    /// <summary>The L2 penalty on the weights.</summary>
    public const float L2Regularization = 0.25f;

    /// <summary>A word or pair seen in fewer paragraphs says more about those paragraphs than about a stance.</summary>
    public const int MinimumDocumentFrequency = 2;

    /// <summary>Trains on the rows and writes the model file (<see cref="StanceModel"/>'s format) to <paramref name="outputPath"/>.</summary>
    public static void Train(IReadOnlyList<(string Text, string Stance)> rows, string outputPath, IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (model, _) = Train(rows);
        using var writer = new StreamWriter(outputPath);
        writer.NewLine = "\n";
        model.Write(writer, comments);
    }

    /// <summary>
    /// The model, and ML.NET's own probabilities for each training row (indexed by <see cref="Stance"/>): the oracle
    /// that <see cref="StanceModel"/>'s reading of the extracted weights must agree with.
    /// </summary>
    internal static (StanceModel Model, double[][] LibraryProbabilities) Train(IReadOnlyList<(string Text, string Stance)> rows)
    {
        var labels = rows.Select(r => r.Stance).Distinct(StringComparer.Ordinal).ToList();
        var unknown = labels.Except(StanceNames.All, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 || labels.Count < StanceNames.All.Count)
        {
            throw new PolicySearchException(
                "stance-model.training-invalid",
                unknown.Count > 0
                    ? $"Unknown stance labels in the training rows: {string.Join(", ", unknown)}."
                    : $"The training rows need every stance label ({string.Join(", ", StanceNames.All)}); they have {string.Join(", ", labels)}.");
        }

        var words = rows.Select(r => WordTokenizer.Tokenize(r.Text)).ToList();
        var features = Vocabulary(words);
        var counts = rows.GroupBy(r => r.Stance, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var examples = rows.Select((r, i) =>
        {
            var vector = features.Vector(words[i]);
            return new Example
            {
                Features = new VBuffer<float>(features.Count, vector.Length, [.. vector.Select(v => v.Value)], [.. vector.Select(v => v.Feature)]),
                Label = r.Stance,
                Weight = (float)rows.Count / (labels.Count * counts[r.Stance]),
            };
        }).ToList();

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Count);
        var data = ml.Data.LoadFromEnumerable(examples, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(Example.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = nameof(Example.Features),
                ExampleWeightColumnName = nameof(Example.Weight),
                L2Regularization = L2Regularization,
                L1Regularization = 0,
                NumberOfThreads = 1,
            }));
        var fitted = pipeline.Fit(data);

        // The classes in key order: "neutral", "opposes", "supports" (by value).
        VBuffer<ReadOnlyMemory<char>> keyNames = default;
        fitted.GetOutputSchema(data.Schema)["LabelKey"].GetKeyValues(ref keyNames);
        var order = keyNames.DenseValues().Select(k => StanceNames.FromName(k.ToString())!.Value).ToArray();
        var parameters = fitted.LastTransformer.Model;
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out _);
        var classBiases = parameters.GetBiases().ToArray();

        var weights = new float[3][];
        var biases = new double[3];
        for (var k = 0; k < order.Length; k++)
        {
            var dense = new float[features.Count];
            classWeights[k].CopyTo(dense);
            weights[(int)order[k]] = dense;
            biases[(int)order[k]] = classBiases[k];
        }

        var library = ml.Data.CreateEnumerable<Scored>(fitted.Transform(data), reuseRowObject: false)
            .Select(scored =>
            {
                var probabilities = new double[3];
                for (var k = 0; k < order.Length; k++)
                {
                    probabilities[(int)order[k]] = scored.Score[k];
                }

                return probabilities;
            })
            .ToArray();
        return (new StanceModel(features, weights, biases), library);
    }

    private static StanceFeatures Vocabulary(List<List<Word>> words)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in words)
        {
            foreach (var term in StanceFeatures.Terms(paragraph).Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var features = new StanceFeatures();
        foreach (var (term, df) in documentFrequency.Where(t => t.Value >= MinimumDocumentFrequency).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            features.Add(term, (float)(Math.Log((1.0 + words.Count) / (1.0 + df)) + 1));
        }

        return features;
    }

    private sealed class Scored
    {
        public float[] Score { get; set; } = [];
    }

    private sealed class Example
    {
        public VBuffer<float> Features { get; set; }

        public string Label { get; set; } = "";

        public float Weight { get; set; }
    }
}
