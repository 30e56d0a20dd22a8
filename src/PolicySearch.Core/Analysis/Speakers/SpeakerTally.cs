namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// The corpus-wide counts that <see cref="SpeakerCanonicalizer"/> decides from, gathered article by article as
/// the drafts complete (on the analysis' calling thread, which otherwise waits for the parallel stage), so that
/// only the choices are left once the last article is in: grouping all the people of a million paragraphs'
/// articles at the end took a second or more on one core while the other idled.
/// </summary>
internal sealed class SpeakerTally
{
    /// <summary>Each full name's forms as written ("Leo Grant", "Leo P. Grant"), by first+last key, with their counts.</summary>
    public Dictionary<string, Dictionary<string, int>> FormsByFirstLast { get; } = new(StringComparer.Ordinal);

    /// <summary>The first+last keys of people the corpus gives a title (a role) somewhere.</summary>
    public HashSet<string> Titled { get; } = new(StringComparer.Ordinal);

    /// <summary>Each titled person's (role, place) pairs in order of first sight, with their counts.</summary>
    public Dictionary<string, Dictionary<(string Role, string Place), int>> OfficesByFirstLast { get; } = new(StringComparer.Ordinal);

    public void Add(IEnumerable<PersonRecord> people)
    {
        foreach (var person in people)
        {
            var key = NameKey.FirstLast(person.Name);
            Increment(FormsByFirstLast, key, person.Name);
            if (person.Role is null)
            {
                continue;
            }

            Titled.Add(key);
            if (person.Place is not null)
            {
                Increment(OfficesByFirstLast, key, (person.Role, person.Place));
            }
        }
    }

    private static void Increment<TForm>(Dictionary<string, Dictionary<TForm, int>> counts, string key, TForm form)
        where TForm : notnull
    {
        if (!counts.TryGetValue(key, out var forms))
        {
            forms = [];
            counts[key] = forms;
        }

        forms[form] = forms.GetValueOrDefault(form) + 1;
    }
}
