using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// The cheap corpus-wide pass that makes speaker names one facet value per person: variants of a full name
/// ("Leo Grant" / "Leo P. Grant", "Nunez" / "Núñez") take the most frequent form, and a surname that its
/// own article never expands ("Haddad" under "Governor Haddad") takes the one titled full name with that
/// surname in the corpus, when there is exactly one. Offices are named from their holder's role and place, taken from
/// the corpus when the article itself does not say ("Lopez's office" → "Office of the Mayor of Dayton").
/// </summary>
internal sealed class SpeakerCanonicalizer
{
    private readonly Dictionary<string, string> canonicalByFirstLast;
    private readonly Dictionary<string, List<string>> fullNamesBySurname;
    private readonly Dictionary<string, (string Role, string Place)> officeByPerson;
    private readonly OrganisationsFile organisations;

    private readonly Dictionary<string, KnownPerson> knownBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownPerson> knownByFirstLast = new(StringComparer.Ordinal);

    // "Ray Lopez" is "Raymond López": the full name a well-known figure goes by in other stories.
    private readonly Dictionary<string, KnownPerson> knownByAlias = new(StringComparer.Ordinal);

    public SpeakerCanonicalizer(SpeakerTally tally, OrganisationsFile organisations, IReadOnlyList<KnownPerson>? knownPeople = null)
    {
        this.organisations = organisations;
        foreach (var known in knownPeople ?? [])
        {
            knownBySurname.TryAdd(NameKey.Last(known.Name), known);
            knownByFirstLast.TryAdd(NameKey.FirstLast(known.Name), known);
            foreach (var alias in known.Aliases ?? [])
            {
                knownByAlias.TryAdd(NameKey.FirstLast(alias), known);
            }
        }

        canonicalByFirstLast = new Dictionary<string, string>(tally.FormsByFirstLast.Count, StringComparer.Ordinal);
        foreach (var (key, forms) in tally.FormsByFirstLast)
        {
            canonicalByFirstLast[key] = MostFrequentForm(forms);
        }

        // Across articles a bare surname only resolves to a public figure (someone the corpus gives a title):
        // "Ms. Hernandez" in one story is not "Maria Hernandez" of another.
        fullNamesBySurname = tally.Titled
            .Select(key => canonicalByFirstLast[key])
            .Distinct(StringComparer.Ordinal)
            .GroupBy(NameKey.Last, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        officeByPerson = new Dictionary<string, (string Role, string Place)>(tally.OfficesByFirstLast.Count, StringComparer.Ordinal);
        foreach (var (key, offices) in tally.OfficesByFirstLast)
        {
            officeByPerson[key] = MostFrequentOffice(offices);
        }
    }

    /// <summary>The most frequent form, then the longest, then the first in ordinal order (so no tie is left).</summary>
    private static string MostFrequentForm(Dictionary<string, int> forms)
    {
        var (best, bestCount) = (string.Empty, 0);
        foreach (var (form, count) in forms)
        {
            if (count > bestCount
                || (count == bestCount && (form.Length > best.Length || (form.Length == best.Length && string.CompareOrdinal(form, best) < 0))))
            {
                (best, bestCount) = (form, count);
            }
        }

        return best;
    }

    /// <summary>The most frequent (role, place), then the first by "role|place" in ordinal order, then the first seen.</summary>
    private static (string Role, string Place) MostFrequentOffice(Dictionary<(string Role, string Place), int> offices)
    {
        var (best, bestKey, bestCount) = ((Role: string.Empty, Place: string.Empty), string.Empty, 0);
        foreach (var (office, count) in offices)
        {
            var key = office.Role + "|" + office.Place;
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(key, bestKey) < 0))
            {
                (best, bestKey, bestCount) = (office, key, count);
            }
        }

        return best;
    }

    public string Name(Entity entity) => entity.Kind switch
    {
        EntityKind.Person => PersonName(entity),
        EntityKind.Office when entity.Owner is not null => OfficeName(entity.Owner),
        _ => entity.Name,
    };

    private string OfficeName(Entity holder)
    {
        var name = PersonName(holder);
        var (role, place) = (holder.Role, holder.Place);
        if ((role is null || place is null) && officeByPerson.TryGetValue(NameKey.FirstLast(name), out var known) && (role is null || role == known.Role))
        {
            (role, place) = known;
        }

        // A well-known figure's office: "Pritzker's office" is the governor's of Illinois.
        if ((role is null || place is null) && knownByFirstLast.TryGetValue(NameKey.FirstLast(name), out var figure) && figure.Place is not null
            && (role is null || role == figure.Role))
        {
            (role, place) = (figure.Role, figure.Place);
        }

        return role is not null && place is not null
            ? organisations.OfficeOf(role, place)
            : organisations.OfficeNameOfPerson.Replace("{Name}", name, StringComparison.Ordinal);
    }

    /// <summary>
    /// A person's name; a bare surname that neither its article nor the corpus expands stays a bare surname, its title
    /// dropped as the gold guidelines drop titles from names ("Rep. Miller" is "Miller", "Cardinal Cupich" is "Cupich"),
    /// unless it is a well-known figure's.
    /// </summary>
    private string PersonName(Entity person)
    {
        var name = PersonName(person.Name);
        return person.IsSurnameOnly && string.Equals(name, person.Name, StringComparison.Ordinal) && Known(person) is { } known ? known.Name : name;
    }

    /// <summary>The well-known figure a bare surname stands for ("Gov. Pritzker"), when its role agrees where one is required.</summary>
    private KnownPerson? Known(Entity person)
    {
        var key = NameKey.Of(person.Name);
        if (knownBySurname.TryGetValue(key, out var known))
        {
            return !known.RequireRole || person.Role == known.Role ? known : null;
        }

        return Misspelt(key) is { } misspelt && (!misspelt.RequireRole || person.Role == misspelt.Role) ? misspelt : null;
    }

    /// <summary>
    /// A well-known figure's surname misspelt by one letter ("Prizker", "Pritzer" for Pritzker): only long surnames
    /// with the same first letter, and only when one figure is that close.
    /// </summary>
    private KnownPerson? Misspelt(string key)
    {
        if (key.Length < 6 || key.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        KnownPerson? found = null;
        foreach (var (surname, known) in knownBySurname)
        {
            if (surname.Length >= 6 && surname[0] == key[0] && Math.Abs(surname.Length - key.Length) <= 1 && WithinOneEdit(surname, key))
            {
                if (found is not null && !ReferenceEquals(found, known))
                {
                    return null;
                }

                found = known;
            }
        }

        return found;
    }

    /// <summary>A key whose leading one-letter words are joined ("j b pritzker" gives "jb pritzker"); null when there are not two.</summary>
    private static string? JoinedInitials(string key)
    {
        var end = 0;
        while (end + 1 < key.Length && key[end + 1] == ' ' && (end == 0 || key[end - 1] == ' '))
        {
            end += 2;
        }

        if (end < 4)
        {
            return null;
        }

        Span<char> initials = stackalloc char[end / 2];
        for (var k = 0; k < initials.Length; k++)
        {
            initials[k] = key[2 * k];
        }

        return string.Concat(initials, key.AsSpan(end - 1));
    }

    /// <summary>One substitution, insertion, deletion or swap of neighbours turns a into b (a != b).</summary>
    private static bool WithinOneEdit(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>
    /// Whether the entity names someone: not a lone capitalised word ("Washington insists", "The Constitution says")
    /// that its article never gives a first name or a title (courtesy titles count: "Ms. Hernandez") and the corpus
    /// does not expand.
    /// </summary>
    public bool Identifies(Entity entity) =>
        entity.Kind != EntityKind.Person || !entity.IsSurnameOnly || entity.Title is not null || entity.NamedBesideQuote || Known(entity) is not null
        || !string.Equals(PersonName(entity.Name), entity.Name, StringComparison.Ordinal);

    private string PersonName(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            if (knownByAlias.TryGetValue(NameKey.FirstLast(name), out var aliased))
            {
                return aliased.Name;
            }

            // "J.B. Pritzker" and "J. B. Pritzker" are "JB Pritzker": a well-known figure's initials, however punctuated.
            if (JoinedInitials(NameKey.Of(name)) is { } joined && knownByFirstLast.TryGetValue(NameKey.FirstLastOfKey(joined), out var initialled))
            {
                return initialled.Name;
            }

            // A well-known figure's own full name keeps the registry's form whatever other spelling the corpus favours
            // ("JB Pritzker" in a corpus that also writes "J.B. Pritzker").
            if (knownByFirstLast.TryGetValue(NameKey.FirstLast(name), out var known))
            {
                return known.Name;
            }

            return canonicalByFirstLast.GetValueOrDefault(NameKey.FirstLast(name), name);
        }

        return fullNamesBySurname.TryGetValue(NameKey.Of(name), out var candidates) && candidates.Count == 1 ? candidates[0] : name;
    }
}
