using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Tests.Relevance;

/// <summary>
/// The seeds and the development set indexed once for the relevance tests, each in a temporary folder removed when
/// the test run ends.
/// </summary>
internal static class RelevanceIndexes
{
    public static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData");

    private static readonly Lazy<PolicySearchIndex> SeedIndex = new(() => Build(Path.Combine(Data, "seeds")));

    private static readonly Lazy<PolicySearchIndex> DevIndex = new(() => Build(Path.Combine(Data, "devset", "articles")));

    private static readonly Lazy<PolicySearchIndex> FreshIndex = new(() => Build(Path.Combine(Data, "devset", "fresh", "articles")));

    private static readonly Lazy<PolicySearchIndex> FreshGIndex = new(() => Build(Path.Combine(Data, "devset", "fresh-g", "articles")));

    private static readonly Lazy<PolicySearchIndex> FreshMIndex = new(() => Build(Path.Combine(Data, "devset", "fresh-m", "articles")));

    private static readonly Lazy<PolicySearchIndex> FreshNIndex = new(() => Build(Path.Combine(Data, "devset", "fresh-n", "articles")));

    private static readonly Lazy<PolicySearchIndex> FreshOIndex = new(() => Build(Path.Combine(Data, "devset", "fresh-o", "articles")));

    private static readonly Lazy<PolicySearchIndex> FreshPIndex = new(() => Build(Path.Combine(Data, "devset", "fresh-p", "articles")));

    private static readonly Lazy<PolicySearchIndex> FreshQIndex = new(() => Build(Path.Combine(Data, "devset", "fresh-q", "articles")));

    private static readonly Lazy<PolicySearchIndex> FreshRIndex = new(() => Build(Path.Combine(Data, "devset", "fresh-r", "articles")));

    private static readonly Lazy<PolicySearchIndex> FreshSIndex = new(() => Build(Path.Combine(Data, "devset", "fresh-s", "articles")));

    public static PolicySearchIndex Seeds => SeedIndex.Value;

    /// <summary>The development set's fresh held-out part (20 articles), which the fresh queries are judged on.</summary>
    public static PolicySearchIndex Fresh => FreshIndex.Value;

    /// <summary>The development set's part G (20 articles no ranking or analysis tuning has seen), which the fresh-g queries are judged on.</summary>
    public static PolicySearchIndex FreshG => FreshGIndex.Value;

    /// <summary>The development set's part M (15 articles no ranking or analysis tuning has seen), which the fresh-m queries are judged on.</summary>
    public static PolicySearchIndex FreshM => FreshMIndex.Value;

    /// <summary>The development set's part N (15 articles no ranking or analysis tuning has seen), which the fresh-n queries are judged on.</summary>
    public static PolicySearchIndex FreshN => FreshNIndex.Value;

    /// <summary>The development set's part O (15 articles no ranking tuning has seen), which the fresh-o queries are judged on.</summary>
    public static PolicySearchIndex FreshO => FreshOIndex.Value;

    /// <summary>The development set's part P (15 articles, read by the analysis in round 15), which the fresh-p queries are judged on.</summary>
    public static PolicySearchIndex FreshP => FreshPIndex.Value;

    /// <summary>The development set's part Q (15 articles, read by the analysis in round 16), which the fresh-q queries are judged on.</summary>
    public static PolicySearchIndex FreshQ => FreshQIndex.Value;

    /// <summary>The development set's part R (11 articles, read by the analysis in round 17), which the fresh-r queries are judged on.</summary>
    public static PolicySearchIndex FreshR => FreshRIndex.Value;

    /// <summary>The development set's part S (8 articles no tuning has seen), which the fresh-s queries are judged on.</summary>
    public static PolicySearchIndex FreshS => FreshSIndex.Value;

    public static PolicySearchIndex Dev => DevIndex.Value;

    public static string Judgments(string name) => Path.Combine(Data, "relevance", name);

    private static PolicySearchIndex Build(string input)
    {
        var folder = Path.Combine(Path.GetTempPath(), "policysearch-relevance-test-" + Guid.NewGuid().ToString("N"));
        new IndexBuilder().Build(input, folder);
        var index = PolicySearchIndex.Open(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            index.Dispose();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        };
        return index;
    }
}
