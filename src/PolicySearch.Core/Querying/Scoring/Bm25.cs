namespace PolicySearch.Core.Querying.Scoring;

/// <summary>
/// Lucene 8's BM25Similarity, computed exactly (Lucene stores the length in a lossy byte; we keep it whole):
/// <code>
/// idf(t)      = ln(1 + (N − df + 0.5) / (df + 0.5))
/// score(t, d) = idf(t) · tf / (tf + k1 · (1 − b + b · dl / avgdl))      k1 = 1.2, b = 0.75
/// </code>
/// N = paragraphs in the index, df = paragraphs containing t, tf = occurrences of t in d, dl = tokens in d,
/// avgdl = mean tokens per paragraph. Lucene 8 dropped the constant (k1 + 1) factor; so do we. A phrase
/// scores as one pseudo-term whose idf is the sum of its terms' idfs and whose tf is the phrase frequency.
/// A query's score is the sum of its scoring clauses' scores.
/// </summary>
public sealed class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    private readonly double _constantNorm;
    private readonly double _lengthNorm;

    public Bm25(int documentCount, long totalLength)
    {
        DocumentCount = documentCount;
        var averageLength = documentCount == 0 || totalLength == 0 ? 1.0 : (double)totalLength / documentCount;
        _constantNorm = K1 * (1 - B);
        _lengthNorm = K1 * B / averageLength;
    }

    public int DocumentCount { get; }

    public double Idf(int documentFrequency) =>
        Math.Log(1 + ((DocumentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>The score of a (pseudo-)term with weight <paramref name="idf"/> occurring <paramref name="frequency"/> times in a document of <paramref name="length"/> tokens.</summary>
    public double Score(double idf, double frequency, int length) => ScoreWithNorm(idf, frequency, LengthNorm(length));

    /// <summary>The document-length part of the denominator, k1 · b · dl / avgdl, which the index keeps per document.</summary>
    public double LengthNorm(int length) => _lengthNorm * length;

    /// <summary>
    /// <see cref="Score(double, double, int)"/> with the length part precomputed by <see cref="LengthNorm"/>; the
    /// additions happen in the same order, so the result is the same to the last bit.
    /// </summary>
    public double ScoreWithNorm(double idf, double frequency, double lengthNorm) =>
        idf * frequency / (frequency + _constantNorm + lengthNorm);
}
