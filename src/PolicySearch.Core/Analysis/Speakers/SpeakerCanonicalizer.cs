using System.Globalization;
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

    public SpeakerCanonicalizer(IEnumerable<PersonRecord> people, OrganisationsFile organisations)
    {
        this.organisations = organisations;
        var all = people.ToList();
        canonicalByFirstLast = all
            .GroupBy(p => NameKey.FirstLast(p.Name), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(p => p.Name, StringComparer.Ordinal)
                    .OrderByDescending(forms => forms.Count())
                    .ThenByDescending(forms => forms.Key.Length)
                    .ThenBy(forms => forms.Key, StringComparer.Ordinal)
                    .First().Key,
                StringComparer.Ordinal);
        // Across articles a bare surname only resolves to a public figure (someone the corpus gives a title):
        // "Ms. Hernandez" in one story is not "Maria Hernandez" of another.
        fullNamesBySurname = all
            .Where(p => p.Role is not null)
            .Select(p => canonicalByFirstLast[NameKey.FirstLast(p.Name)])
            .Distinct(StringComparer.Ordinal)
            .GroupBy(NameKey.Last, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        officeByPerson = all
            .Where(p => p.Role is not null && p.Place is not null)
            .GroupBy(p => NameKey.FirstLast(p.Name), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(p => (p.Role!, p.Place!))
                    .OrderByDescending(forms => forms.Count())
                    .ThenBy(forms => forms.Key.Item1 + "|" + forms.Key.Item2, StringComparer.Ordinal)
                    .First().Key,
                StringComparer.Ordinal);
    }

    public string Name(Entity entity) => entity.Kind switch
    {
        EntityKind.Person => PersonName(entity.Name),
        EntityKind.Office when entity.Owner is not null => OfficeName(entity.Owner),
        _ => entity.Name,
    };

    private string OfficeName(Entity holder)
    {
        var name = PersonName(holder.Name);
        var (role, place) = (holder.Role, holder.Place);
        if ((role is null || place is null) && officeByPerson.TryGetValue(NameKey.FirstLast(name), out var known) && (role is null || role == known.Role))
        {
            (role, place) = known;
        }

        return role is not null && place is not null
            ? organisations.OfficeName
                .Replace("{Role}", CultureInfo.InvariantCulture.TextInfo.ToTitleCase(role), StringComparison.Ordinal)
                .Replace("{Place}", place, StringComparison.Ordinal)
            : organisations.OfficeNameOfPerson.Replace("{Name}", name, StringComparison.Ordinal);
    }

    private string PersonName(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return canonicalByFirstLast.GetValueOrDefault(NameKey.FirstLast(name), name);
        }

        return fullNamesBySurname.TryGetValue(NameKey.Of(name), out var candidates) && candidates.Count == 1 ? candidates[0] : name;
    }
}
