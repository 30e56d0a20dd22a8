using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// The stance model's vocabulary and how it turns a paragraph into features: its words of two letters or more
/// (lower-cased, as <see cref="WordTokenizer"/> gives them) and each pair of neighbouring such words, counted; a
/// feature's value is (1 + ln count) × its inverse document frequency, and the vector is scaled to unit length.
/// Words come from the analysis' own tokenizer, so reading costs a few dictionary lookups per word.
/// </summary>
internal sealed class StanceFeatures
{
    private readonly Dictionary<string, int> wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(int First, int Second), int> features = [];
    private readonly List<string> names = [];
    private readonly List<float> inverseFrequencies = [];

    public int Count => names.Count;

    /// <summary>The words of a feature: "protect" or "protect immigrants".</summary>
    public string Name(int feature) => names[feature];

    public float InverseFrequency(int feature) => inverseFrequencies[feature];

    /// <summary>Adds a feature by its words (one, or two separated by a space); returns its index.</summary>
    public int Add(string name, float inverseFrequency)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var key = space < 0 ? (WordId(name), -1) : (WordId(name[..space]), WordId(name[(space + 1)..]));
        if (!features.TryAdd(key, names.Count))
        {
            throw new ArgumentException($"The feature '{name}' is listed twice.", nameof(name));
        }

        names.Add(name);
        inverseFrequencies.Add(inverseFrequency);
        return names.Count - 1;
    }

    /// <summary>The words and word pairs of a paragraph (by their text, known or not) with their counts, for training.</summary>
    public static Dictionary<string, int> Terms(IReadOnlyList<Word> words)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var word in words)
        {
            if (word.Lower.Length < 2)
            {
                continue;
            }

            Increment(terms, word.Lower);
            if (previous is not null)
            {
                Increment(terms, previous + " " + word.Lower);
            }

            previous = word.Lower;
        }

        return terms;
    }

    /// <summary>The paragraph's known features with their weighted, unit-length values, in feature order.</summary>
    public (int Feature, float Value)[] Vector(IReadOnlyList<Word> words)
    {
        // Every content paragraph of a build comes through here: the counts live in one dictionary per thread.
        var counts = threadCounts ??= [];
        counts.Clear();
        var previous = -1;
        foreach (var word in words)
        {
            if (word.Lower.Length < 2)
            {
                continue;
            }

            var id = wordIds.GetValueOrDefault(word.Lower, -1);
            if (id >= 0 && features.TryGetValue((id, -1), out var unigram))
            {
                counts[unigram] = counts.GetValueOrDefault(unigram) + 1;
            }

            if (previous >= 0 && id >= 0 && features.TryGetValue((previous, id), out var bigram))
            {
                counts[bigram] = counts.GetValueOrDefault(bigram) + 1;
            }

            // An unknown word breaks the pair: no pair with it can be a feature.
            previous = id;
        }

        var vector = new (int Feature, float Value)[counts.Count];
        var next = 0;
        var squares = 0.0;
        foreach (var (feature, count) in counts)
        {
            var value = (1 + Math.Log(count)) * inverseFrequencies[feature];
            squares += value * value;
            vector[next++] = (feature, (float)value);
        }

        // A paragraph with no known word has no features: nothing to scale.
        var norm = squares > 0 ? Math.Sqrt(squares) : 1;
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i].Value = (float)(vector[i].Value / norm);
        }

        Array.Sort(vector, (a, b) => a.Feature.CompareTo(b.Feature));
        return vector;
    }

    [ThreadStatic]
    private static Dictionary<int, int>? threadCounts;

    private int WordId(string word)
    {
        if (!wordIds.TryGetValue(word, out var id))
        {
            id = wordIds.Count;
            wordIds.Add(word, id);
        }

        return id;
    }

    private static void Increment(Dictionary<string, int> terms, string term) =>
        terms[term] = terms.GetValueOrDefault(term) + 1;
}
