namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// Who speaks in one article and how they have been named so far: a person is introduced once by
/// title and full name, then called by last name, or by pronoun right after their own paragraph,
/// which is the resolution the speaker analysis must do.
/// </summary>
internal sealed class ArticleVoices(IReadOnlyList<Person> cast)
{
    private readonly HashSet<Person> introduced = [];
    private Person? previousSpeaker;

    public IReadOnlyList<Person> Cast { get; } = cast;

    public string Name(Person person, SeededRandom random, bool allowPronoun)
    {
        string name;
        if (introduced.Add(person))
        {
            name = person.FirstMention;
        }
        else if (allowPronoun && person == previousSpeaker && random.Chance(0.4))
        {
            name = person.Pronoun;
        }
        else
        {
            name = person.Last;
        }

        previousSpeaker = person;
        return name;
    }

    public void Silence() => previousSpeaker = null;
}
