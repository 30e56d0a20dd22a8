namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// The topic's own words and their target document frequencies (share of paragraphs holding them),
/// taken from the 1M-paragraph corpus of the Lucene/FTS5 study (research/performance.md): said 60%,
/// sanctuary 6.5%, detainer 4.4%, "detainer warrant" 1.5%, … Every term of the default query mix is here,
/// so no other word of the corpus may share their stems (<see cref="ReservedRoots"/>).
/// </summary>
internal static class TopicVocabulary
{
    /// <summary>Share of paragraphs that are "about" the policy fight; topical features cluster there.</summary>
    public const double TopicParagraphShare = 0.08;

    /// <summary>How much likelier a topical feature is in a topic paragraph than on average.</summary>
    public const double TopicBoost = 5.0;

    /// <summary>Share of paragraphs that quote or report someone (with a speech verb).</summary>
    public const double AttributionShare = 0.62;

    /// <summary>Target share of paragraphs containing "said" (attributions plus reported speech in prose).</summary>
    public const double SaidShare = 0.60;

    public static IReadOnlyList<TopicFeature> Terms { get; } =
    [
        new(["summary"], 0.180, false),
        new(["against"], 0.176, false),
        new(["immigration", "immigration", "immigrants", "immigrant"], 0.100, true),
        new(["law", "law", "laws"], 0.084, true),
        new(["federal"], 0.072, true),
        new(["sanctuary", "sanctuary", "sanctuaries"], 0.065, true),
        new(["police"], 0.048, true),
        new(["Rauner", "Rauner", "Governor Bruce Rauner"], 0.047, true),
        new(["Trump", "Trump", "President Donald Trump"], 0.045, true),
        new(["detainer", "detainer", "detainers"], 0.044, true),
        new(["warrant", "warrant", "warrants"], 0.030, true),
        new(["ICE"], 0.025, true),
        new(["judge", "judge", "judges"], 0.007, true),
        // Rare words of the query mix: a few hundred to a few thousand paragraphs per million.
        new(["stoppages"], 0.0039, false),
        new(["fjord"], 0.0023, false),
        new(["magnify"], 0.0018, false),
        new(["podium"], 0.00063, false),
        new(["grudgingly"], 0.00039, false),
        new(["schoolchildren"], 0.00009, false),
    ];

    public static IReadOnlyList<TopicFeature> Phrases { get; } =
    [
        new(["detainer warrant", "detainer warrant", "detainer warrants"], 0.0150, true),
        new(["Trust Act", "Trust Act", "TRUST Act"], 0.0145, true),
        new(["sanctuary city", "sanctuary city", "sanctuary cities"], 0.0116, true),
        new(["federal immigration"], 0.0106, true),
        new(["judicial warrant", "judicial warrant", "judicial warrants"], 0.0062, true),
        new(["Immigration and Customs Enforcement"], 0.0056, true),
    ];

    /// <summary>
    /// Stem prefixes of every controlled word: filler words starting with one of these are never used,
    /// or a query's hit count would drift with the lexicon (e.g. a pseudo-word "lawen" stems apart from
    /// "law" but "detainix" would match <c>detain*</c>).
    /// </summary>
    public static IReadOnlyList<string> ReservedRoots { get; } =
    [
        "said", "summar", "against", "immigr", "law", "federal", "sanct", "police", "rauner", "trump",
        "detain", "warrant", "ice", "judg", "judic", "trust", "act", "city", "citie", "custom", "enforc",
        "stoppag", "fjord", "magnif", "podium", "grudg", "schoolchild",
    ];

    public static bool IsReserved(string word)
    {
        foreach (var root in ReservedRoots)
        {
            if (word.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reported speech in prose, besides quotes: "the report said".</summary>
    public static IReadOnlyList<string> ProseSaid { get; } =
    [
        "officials said", "the report said", "the statement said", "prosecutors said", "advocates said",
        "the sheriff said", "a spokesman said", "a spokeswoman said", "organizers said", "the mayor said",
    ];

    /// <summary>Phrases an analyser may read as support for sanctuary protections.</summary>
    public static IReadOnlyList<string> SupportCues { get; } =
    [
        "keeps families together", "a welcoming state", "protects vulnerable neighbors",
        "a moral victory", "applauded the measure", "common sense protections",
        "makes every community safer", "victims can come forward without fear",
        "a proud day for Illinois", "we stand with our neighbors",
    ];

    /// <summary>Phrases an analyser may read as opposition to sanctuary protections.</summary>
    public static IReadOnlyList<string> OpposeCues { get; } =
    [
        "puts residents at risk", "a dangerous mistake", "reckless and irresponsible",
        "threatens public safety", "condemned the measure", "shields criminal aliens",
        "releases dangerous criminals", "a betrayal of voters", "should be repealed",
        "opposed the bill",
    ];
}
