namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// The words around the controlled ones, ranked and drawn Zipf-style (exponent 1): English function
/// words at the head (about 45% of tokens, as in news text), then everyday news words, then a long tail
/// of deterministic pseudo-words. None of them shares a stem with a controlled query term.
/// </summary>
internal sealed class FillerVocabulary
{
    public const int DefaultPseudoWordCount = 100_000;

    private static readonly string[] FunctionWords =
    [
        "the", "of", "to", "and", "a", "in", "that", "is", "for", "on", "it", "with", "as", "was", "by",
        "he", "at", "be", "this", "from", "have", "or", "are", "an", "they", "which", "his", "but", "has",
        "would", "not", "were", "their", "will", "who", "more", "been", "had", "one", "its", "she", "also",
        "her", "there", "after", "about", "when", "than", "can", "all", "we", "new", "other", "could", "up",
        "into", "out", "over", "what", "some", "them", "two", "only", "if", "most", "him", "before", "so",
        "because", "many", "may", "while", "three", "first", "last", "those", "these", "now", "like",
        "between", "where", "should", "under", "during", "year", "years", "people", "time", "any", "just",
    ];

    private static readonly string[] NewsWords =
    [
        "state", "county", "governor", "bill", "officials", "residents", "community", "local", "department",
        "policy", "public", "safety", "court", "agents", "deportation", "cooperation", "Illinois", "Chicago",
        "jail", "sheriff", "mayor", "council", "legislation", "measure", "legislators", "Springfield",
        "administration", "order", "funding", "grant", "border", "status", "families", "undocumented",
        "crime", "criminal", "arrest", "custody", "officers", "agency", "program", "office", "statement",
        "support", "opposition", "vote", "Senate", "House", "Republican", "Democrat", "campaign", "policies",
        "reform", "rights", "advocates", "groups", "report", "data", "jails", "hearing", "week", "month",
        "Tuesday", "Monday", "Wednesday", "Thursday", "Friday", "spokesman", "spokeswoman", "Homeland",
        "Security", "Justice", "attorney", "general", "complaint", "ruling", "case", "cases", "request",
        "hold", "release", "released", "inmates", "leaders", "church", "workers", "business", "schools",
        "students", "parents", "children", "neighborhood", "town", "suburban", "rural", "downtown", "north",
        "south", "million", "percent", "budget", "tax", "election", "candidate", "primary", "district",
        "board", "members", "meeting", "concerns", "questions", "plan", "proposal", "amendment", "provision",
        "signed", "passed", "approved", "rejected", "debate", "comment", "issue", "issues", "national",
        "nation", "country", "American", "Americans", "Latino", "Hispanic", "Democrats", "Republicans",
        "governors", "prosecutors", "deputies", "detention", "fear", "victims", "witnesses", "protest",
        "rally", "march", "voters", "tension",
    ];

    private readonly string[] words;
    private readonly WeightedSampler sampler;

    public FillerVocabulary(SeededRandom random, int pseudoWordCount = DefaultPseudoWordCount)
    {
        var known = FunctionWords.Concat(NewsWords).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var clash = known.FirstOrDefault(TopicVocabulary.IsReserved);
        if (clash is not null)
        {
            throw new InvalidOperationException($"Filler word '{clash}' shares a stem with a controlled term.");
        }

        var pseudo = PseudoWords.Generate(pseudoWordCount, random, new HashSet<string>(known));
        words = [.. known, .. pseudo];
        sampler = WeightedSampler.Zipf(words.Length, exponent: 1.0);
    }

    public int Count => words.Length;

    public string Next(SeededRandom random) => words[sampler.Next(random)];
}
