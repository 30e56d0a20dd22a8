using System.Text.RegularExpressions;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>One paragraph being read: its text and mentions, and how each mention resolves in the article.</summary>
internal sealed class ParagraphReading(string text, IReadOnlyList<Mention> mentions, ArticleDiscourse discourse, Regex officialTitle)
{
    private readonly Dictionary<Mention, Entity?> resolved = [];

    public string Text { get; } = text;

    public IReadOnlyList<Mention> Mentions { get; } = mentions;

    public ArticleDiscourse Discourse { get; } = discourse;

    /// <summary>Registers the names and bodies first, so that a full name later in the paragraph already helps its surname.</summary>
    public IEnumerable<Entity> RegisterNames()
    {
        for (var k = 0; k < Mentions.Count; k++)
        {
            var m = Mentions[k];
            if (m.Kind == MentionKind.Person)
            {
                var person = Discourse.Person(m);
                resolved[m] = person;

                // "DOJ spokesman Ed O'Brien": the person speaks for the body named just before the title.
                if (k > 0 && Mentions[k - 1].Kind == MentionKind.Organisation && resolved.GetValueOrDefault(Mentions[k - 1]) is { } body
                    && officialTitle.IsMatch(Text.AsSpan(Mentions[k - 1].End, m.Start - Mentions[k - 1].End)))
                {
                    person.Affiliation = body;
                }
            }
            else if (m.Kind is MentionKind.Organisation or MentionKind.OfficialOf)
            {
                var body = Discourse.Body(m.Name, m.Acronym);
                resolved[m] = body;
                if (body is not null)
                {
                    yield return body;
                }
            }
        }
    }

    /// <summary>The entity a mention stands for, or null when it names nobody identifiable (an outlet, an unknown "the governor").</summary>
    public Entity? Resolve(Mention m)
    {
        if (resolved.TryGetValue(m, out var known) && m.Kind is not MentionKind.OfficialOf)
        {
            return known;
        }

        Entity? entity = m.Kind switch
        {
            MentionKind.Pronoun => Discourse.Pronoun(m.Gender),
            MentionKind.Description => Discourse.Description(m.Name),
            MentionKind.OfficialOf => OfficialOf(m),
            // "a Pritzker spokeswoman": the office of a person the article has named, or nobody's.
            MentionKind.OfficeOf when m.OwnerNamedBefore => Discourse.NamedPerson(m.Name) is { } named ? Discourse.Office(named) : null,
            // "the city's spokesperson", "the agency's press office": a body's staff speak for the body itself.
            MentionKind.OfficeOf => Discourse.BodyOfRole(m.Name)
                ?? (Discourse.Owner(m.Name) is { } owner ? (owner.Kind == EntityKind.Organisation ? owner : Discourse.Office(owner)) : null),
            MentionKind.UnnamedPerson => Discourse.Unnamed(m),
            _ => null,
        };
        resolved[m] = entity;
        return entity;
    }

    private readonly HashSet<Entity> unnamedOfficials = [];

    /// <summary>True when the entity was credited in this paragraph through an indefinite "a … official".</summary>
    public bool CameFromUnnamedOfficial(Entity entity) => unnamedOfficials.Contains(entity);

    private Entity? OfficialOf(Mention m)
    {
        var body = Discourse.Body(m.Name);
        Discourse.LastOfficial = body;
        if (body is not null && m.Indefinite)
        {
            unnamedOfficials.Add(body);
        }

        return body;
    }
}
