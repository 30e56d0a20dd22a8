using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// The cheap corpus-wide pass that makes speaker names one facet value per person: variants of a full name
/// ("Leo Schmitz" / "Leo P. Schmitz", "Lopez" / "López") take the most frequent form, and a surname that its
/// own article never expands ("Rauner" under "Governor Rauner") takes the one full name with that surname in
/// the corpus, when there is exactly one.
/// </summary>
internal sealed class SpeakerCanonicalizer
{
    private readonly Dictionary<string, string> canonicalByFirstLast;
    private readonly Dictionary<string, List<string>> fullNamesBySurname;
    private readonly OrganisationsFile organisations;

    public SpeakerCanonicalizer(IEnumerable<string> fullNameMentions, OrganisationsFile organisations)
    {
        this.organisations = organisations;
        canonicalByFirstLast = fullNameMentions
            .GroupBy(NameKey.FirstLast, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(n => n, StringComparer.Ordinal)
                    .OrderByDescending(forms => forms.Count())
                    .ThenByDescending(forms => forms.Key.Length)
                    .ThenBy(forms => forms.Key, StringComparer.Ordinal)
                    .First().Key,
                StringComparer.Ordinal);
        fullNamesBySurname = canonicalByFirstLast.Values
            .GroupBy(NameKey.Last, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    public string Name(Entity entity)
    {
        if (entity.Kind == EntityKind.Office && entity.Owner is not null)
        {
            // An office named after its holder ("Office of X") uses the holder's canonical name.
            var ownerName = PersonName(entity.Owner.Name);
            var office = new Entity(EntityKind.Office, ownerName) { Owner = new Entity(EntityKind.Person, ownerName) { Role = entity.Owner.Role, Place = entity.Owner.Place } };
            return office.DisplayName(organisations);
        }

        return entity.Kind == EntityKind.Person ? PersonName(entity.Name) : entity.DisplayName(organisations);
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
