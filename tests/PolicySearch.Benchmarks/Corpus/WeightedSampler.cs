namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// Draws an index with probability proportional to its weight in O(1) (Vose's alias method):
/// the generator draws tens of millions of words at 1M paragraphs, so a binary search per word shows.
/// </summary>
internal sealed class WeightedSampler
{
    private readonly double[] probability;
    private readonly int[] alias;

    public WeightedSampler(IReadOnlyList<double> weights)
    {
        var n = weights.Count;
        if (n == 0)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        probability = new double[n];
        alias = new int[n];
        var total = weights.Sum();
        var scaled = weights.Select(w => w * n / total).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            (scaled[i] < 1.0 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            (scaled[l] < 1.0 ? small : large).Push(l);
        }

        // What is left is 1.0 up to rounding error.
        foreach (var i in small.Concat(large))
        {
            probability[i] = 1.0;
            alias[i] = i;
        }
    }

    public int Count => probability.Length;

    /// <summary>Weights 1/(rank+1)^exponent: the long tail of word use in natural text.</summary>
    public static WeightedSampler Zipf(int count, double exponent) =>
        new([.. Enumerable.Range(1, count).Select(rank => 1.0 / Math.Pow(rank, exponent))]);

    public int Next(SeededRandom random)
    {
        var column = random.Next(probability.Length);
        return random.NextDouble() < probability[column] ? column : alias[column];
    }
}
