namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// A cast of about two thousand quotable people (Zipf-distributed: a few are quoted everywhere),
/// plus the two politicians the query mix searches for, who are quoted only where their name is a
/// controlled feature of the paragraph.
/// </summary>
internal sealed class People
{
    public static readonly Person Rauner = new("Governor", "Bruce", "Rauner", Female: false);
    public static readonly Person Trump = new("President", "Donald", "Trump", Female: false);

    private static readonly string[] MaleFirst =
    [
        "John", "Michael", "David", "James", "Robert", "Luis", "Carlos", "Daniel", "Mark", "Steven", "Paul",
        "Kevin", "Brian", "Jose", "Thomas", "Anthony", "Eric", "Jason", "Ryan", "Miguel",
    ];

    private static readonly string[] FemaleFirst =
    [
        "Maria", "Jennifer", "Linda", "Patricia", "Susan", "Karen", "Lisa", "Ana", "Rosa", "Michelle",
        "Sarah", "Laura", "Emily", "Elena", "Angela", "Nancy", "Julia", "Carmen", "Diane", "Teresa",
    ];

    private static readonly string[] Titles =
    [
        "", "", "", "Sheriff", "Mayor", "Alderman", "state Senator", "state Representative", "Commissioner",
        "attorney", "Reverend", "Professor", "Director",
    ];

    private readonly Person[] cast;
    private readonly WeightedSampler sampler;

    public People(SeededRandom random, int count = 2000)
    {
        var lastNames = PseudoWords.Generate(count, random, new HashSet<string>())
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..])
            .ToArray();
        cast = new Person[count];
        for (var i = 0; i < count; i++)
        {
            var female = random.Chance(0.5);
            var first = random.Pick(female ? FemaleFirst : MaleFirst);
            cast[i] = new Person(random.Pick(Titles), first, lastNames[i], female);
        }

        // Shuffle so that name length does not follow how often someone is quoted.
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (cast[i], cast[j]) = (cast[j], cast[i]);
        }

        sampler = WeightedSampler.Zipf(count, exponent: 0.9);
    }

    public Person Next(SeededRandom random) => cast[sampler.Next(random)];
}
