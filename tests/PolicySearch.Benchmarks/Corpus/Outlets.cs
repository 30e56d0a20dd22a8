namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// Sixty publications with a Zipf-like share of the articles (a few big papers, many small ones).
/// The outlets named by the default query mix's filters come first so that their filtered queries
/// return hundreds to thousands of hits, as in the Lucene/FTS5 study.
/// </summary>
internal static class Outlets
{
    private static readonly string[] Named =
    [
        "Chicago Herald", "Springfield Courier", "Rockford Times", "Naperville Herald", "Peoria Tribune",
        "Aurora Ledger", "Joliet Gazette", "Elgin Courier", "Evanston Review", "Danville Times",
    ];

    private static readonly string[] Towns =
    [
        "Champaign", "Bloomington", "Decatur", "Waukegan", "Cicero", "Schaumburg", "Moline", "Quincy",
        "Galesburg", "Kankakee", "Carbondale", "Belleville", "Urbana", "Dekalb", "Ottawa", "Freeport",
        "Sterling", "Macomb", "Effingham", "Mattoon",
    ];

    private static readonly string[] Mastheads =
    [
        "Daily", "Register", "Sentinel", "Observer", "Journal", "Dispatch", "Post", "News", "Star",
        "Chronicle", "Beacon", "Press",
    ];

    /// <summary>The outlet names, most frequent first.</summary>
    public static IReadOnlyList<string> All { get; } = Build();

    /// <summary>Weights for <see cref="All"/>: rank^-0.8 puts about 13% of articles in the largest outlet.</summary>
    public static WeightedSampler CreateSampler() => WeightedSampler.Zipf(All.Count, exponent: 0.8);

    private static string[] Build()
    {
        var names = new List<string>(Named);
        for (var i = 0; names.Count < 60; i++)
        {
            var name = $"{Towns[i % Towns.Length]} {Mastheads[(i * 7 + i / Towns.Length) % Mastheads.Length]}";
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return [.. names];
    }
}
