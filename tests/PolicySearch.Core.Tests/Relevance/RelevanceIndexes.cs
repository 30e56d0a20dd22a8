using System.Collections.Concurrent;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Core.Tests.Relevance;

/// <summary>
/// The seeds and the parts of the development set, each indexed once for the relevance tests (on first use) in a
/// temporary folder removed when the test run ends.
/// </summary>
internal static class RelevanceIndexes
{
    public static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData");

    private static readonly ConcurrentDictionary<string, Lazy<PolicySearchIndex>> Indexes = new(StringComparer.Ordinal);

    public static PolicySearchIndex Seeds => Of(Path.Combine(Data, "seeds"));

    /// <summary>The development set's tune and held-out articles, which the dev-tune and dev-heldback queries are judged on.</summary>
    public static PolicySearchIndex Dev => Of(Path.Combine(Data, "devset", "articles"));

    /// <summary>
    /// A later part of the development set ("fresh", "fresh-g" … "fresh-u"), which the judged set of the same letter is
    /// judged on (TestData/relevance/README.md says which parts the ranking or the analysis has seen).
    /// </summary>
    public static PolicySearchIndex Part(string part) => Of(Path.Combine(Data, "devset", part, "articles"));

    public static string Judgments(string name) => Path.Combine(Data, "relevance", name);

    private static PolicySearchIndex Of(string input) => Indexes.GetOrAdd(input, static folder => new Lazy<PolicySearchIndex>(() => Build(folder))).Value;

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
