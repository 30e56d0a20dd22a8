namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// Assembles articles: an outlet (Zipf share), a date in 2010–2025, a headline, two to twelve content
/// paragraphs with a small cast of speakers, and now and then a newsletter plug of the kind the
/// boilerplate analysis drops (it is not counted as a content paragraph).
/// </summary>
internal sealed class ArticleComposer
{
    public const int FirstYear = 2010;
    public const int LastYear = 2025;

    private static readonly string[] Plugs =
    [
        "Sign up for our free daily newsletter to get the latest news delivered to your inbox.",
        "Click here to subscribe for unlimited access to local reporting.",
        "RELATED: COUNTY BOARD DEBATES NEW BUDGET PLAN",
        "Advertisement",
    ];

    private readonly SeededRandom random;
    private readonly FillerVocabulary filler;
    private readonly People people;
    private readonly ParagraphComposer paragraphs;
    private readonly WeightedSampler outlets = Outlets.CreateSampler();

    public ArticleComposer(ulong seed)
    {
        var root = new SeededRandom(seed);
        // Separate streams: the lexicons stay the same whatever the corpus size.
        filler = new FillerVocabulary(root.Fork());
        people = new People(root.Fork());
        random = root.Fork();
        paragraphs = new ParagraphComposer(filler, FeatureOdds.ForAll());
    }

    public GeneratedArticle Compose(int number, int maxParagraphs)
    {
        var count = Math.Min(maxParagraphs, random.Next(2, 13));
        var cast = Enumerable.Range(0, random.Next(1, 4)).Select(_ => people.Next(random)).ToArray();
        var voices = new ArticleVoices(cast);
        var texts = new List<string>(count + 1);
        for (var i = 0; i < count; i++)
        {
            texts.Add(paragraphs.Compose(random, voices));
        }

        if (random.Chance(0.1))
        {
            texts.Add(random.Pick(Plugs));
        }

        var outlet = Outlets.All[outlets.Next(random)];
        var year = random.Next(FirstYear, LastYear + 1);
        var date = $"{year:D4}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}";
        var id = $"gen{number:D7}";
        var slug = outlet.ToLowerInvariant().Replace(' ', '-');
        return new GeneratedArticle(id, outlet, date, Headline(), $"https://{slug}.example/{year}/{id}", texts);
    }

    /// <summary>How many content paragraphs an article holds (the plug is not one).</summary>
    public static int ContentParagraphs(GeneratedArticle article) =>
        article.Paragraphs.Count(p => !Plugs.Contains(p));

    private string Headline()
    {
        var words = Enumerable.Range(0, random.Next(5, 10)).Select(_ => filler.Next(random)).ToList();
        words.Insert(random.Next(words.Count + 1), random.Pick(TopicVocabulary.Phrases).Canonical);
        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
