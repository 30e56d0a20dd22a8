namespace PolicySearch.Core.Querying.Relevance;

/// <summary>
/// The weights of the ranking boosts added to BM25 (docs/relevance.md explains each and how it was tuned). Every
/// boost is an optional clause beside the query, which stays a required clause: a boost reorders the hits and never
/// adds or removes one. <see cref="None"/> is plain BM25 (the same engine with every boost off).
/// </summary>
public sealed record RelevanceOptions
{
    /// <summary>Added (a constant) to a paragraph where a speaker named by the query's words speaks.</summary>
    public double SpeakerBoost { get; init; }

    /// <summary>Multiplies the BM25 score of the synonyms and acronyms of the query's words (Querying/Data/synonyms.json).</summary>
    public double SynonymBoost { get; init; }

    /// <summary>Multiplies the BM25 score of each pair of adjacent query words found within <see cref="ProximitySlop"/>.</summary>
    public double ProximityBoost { get; init; }

    /// <summary>How far apart (Lucene's sloppy-phrase slop) two adjacent query words may be to count as close.</summary>
    public int ProximitySlop { get; init; }

    /// <summary>Multiplies the BM25 score of the query's words in the article's title.</summary>
    public double TitleBoost { get; init; }

    /// <summary>
    /// Added in proportion to the share of the query's distinct content words (not stop words) a paragraph holds:
    /// all of them earn the whole weight.
    /// </summary>
    public double CoverageBoost { get; init; }

    /// <summary>
    /// For a query that opens with a speaker's name ("Rauner says Trust Act is not a sanctuary law"), the speaker
    /// boost is at least this share of the best BM25 of the hits: a long query's BM25 dwarfs a fixed constant, and the
    /// researcher asked what that speaker said.
    /// </summary>
    public double LeadingSpeakerShare { get; init; }

    /// <summary>
    /// When true, the title part also matches the query's quoted phrases (as phrases); when false, only its unquoted
    /// words, so that a researcher asking for exact wording gets the paragraphs that use it, whatever their headline.
    /// </summary>
    public bool TitleMatchesPhrases { get; init; }

    /// <summary>
    /// When the query's own words take a side (<see cref="QueryStance"/>: "claims that sanctuary laws shield criminals"),
    /// paragraphs whose stance is that side gain this share of the best BM25 of the hits.
    /// </summary>
    public double StanceShare { get; init; }

    /// <summary>When true, the proximity boost skips pairs with a stop word ("by Congress", "of the").</summary>
    public bool ProximitySkipsStopWords { get; init; }

    /// <summary>
    /// When true, a query that names a speaker gets no proximity boost: the speaker part stands for the name, and a
    /// name close to a topic word ("Pritzker testimony") marks paragraphs about the speaker, not the speaker's words.
    /// </summary>
    public bool ProximitySkipsSpeakerQueries { get; init; }

    /// <summary>Plain Lucene BM25: no boost.</summary>
    public static RelevanceOptions None { get; } = new();

    /// <summary>
    /// The product's ranking: the weights tuned on the tuning queries, then the title weight and the speaker-query rule
    /// chosen by leave-one-set-out over every judged set, and the stance share the same way over nineteen (docs/relevance.md).
    /// </summary>
    public static RelevanceOptions Default { get; } = new()
    {
        SpeakerBoost = 2.0,
        SynonymBoost = 0.5,
        ProximityBoost = 0.5,
        ProximitySlop = 2,
        TitleBoost = 0.5,
        TitleMatchesPhrases = false,
        CoverageBoost = 0.5,
        LeadingSpeakerShare = 0.5,
        StanceShare = 0.3,
        ProximitySkipsStopWords = true,
        ProximitySkipsSpeakerQueries = true,
    };

    public bool IsPlain => SpeakerBoost <= 0 && SynonymBoost <= 0 && ProximityBoost <= 0 && TitleBoost <= 0 && CoverageBoost <= 0 && StanceShare <= 0;

    /// <summary>
    /// Applies <c>name=value</c> settings (<c>speaker</c>, <c>synonym</c>, <c>proximity</c>, <c>slop</c>, <c>title</c>,
    /// <c>titlephrase</c>, <c>coverage</c>, <c>leading</c>, <c>stance</c>, <c>pairstop</c>, <c>pairspeaker</c>)
    /// separated by commas, for the evaluation command's experiments.
    /// </summary>
    /// <exception cref="PolicySearchException">A setting is unknown or not a number.</exception>
    public RelevanceOptions With(string settings)
    {
        var options = this;
        foreach (var setting in settings.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = setting.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                throw new PolicySearchException("relevance.setting", $"A setting is name=number; got '{setting}'.");
            }

            options = parts[0].ToLowerInvariant() switch
            {
                "speaker" => options with { SpeakerBoost = value },
                "synonym" => options with { SynonymBoost = value },
                "proximity" => options with { ProximityBoost = value },
                "slop" => options with { ProximitySlop = (int)value },
                "title" => options with { TitleBoost = value },
                "coverage" => options with { CoverageBoost = value },
                "leading" => options with { LeadingSpeakerShare = value },
                "pairstop" => options with { ProximitySkipsStopWords = value != 0 },
                "pairspeaker" => options with { ProximitySkipsSpeakerQueries = value != 0 },
                "titlephrase" => options with { TitleMatchesPhrases = value != 0 },
                "stance" => options with { StanceShare = value },
                _ => throw new PolicySearchException("relevance.setting", $"Unknown setting '{parts[0]}': use speaker, synonym, proximity, slop, title, titlephrase, coverage, leading, stance, pairstop or pairspeaker."),
            };
        }

        return options;
    }
}
