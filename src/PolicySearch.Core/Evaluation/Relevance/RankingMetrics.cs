namespace PolicySearch.Core.Evaluation.Relevance;

/// <summary>
/// The ranking measures over one query's ranked grades: nDCG@10 (gain 2^grade − 1, discount log2(rank + 1), ideal =
/// every judged paragraph best first; the exponential gain reproduces the BM25 figure on the seeds, 0.80), P@5 (share of the first five with grade ≥ 1) and
/// MRR (1 / rank of the first paragraph with grade ≥ 1, 0 when none is ranked).
/// </summary>
public static class RankingMetrics
{
    public static double NdcgAt(int k, IReadOnlyList<int> ranked, IReadOnlyList<int> ideal)
    {
        var best = Dcg(k, ideal);
        return best == 0 ? 0 : Dcg(k, ranked) / best;
    }

    public static double PrecisionAt(int k, IReadOnlyList<int> ranked) => ranked.Take(k).Count(grade => grade > 0) / (double)k;

    public static double ReciprocalRank(IReadOnlyList<int> ranked)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i] > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    private static double Dcg(int k, IReadOnlyList<int> grades)
    {
        var sum = 0.0;
        for (var i = 0; i < Math.Min(k, grades.Count); i++)
        {
            sum += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        }

        return sum;
    }
}
