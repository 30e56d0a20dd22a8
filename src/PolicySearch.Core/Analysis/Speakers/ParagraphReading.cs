namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>One paragraph being read: its text, quotes and mentions, and how each mention resolves in the article.</summary>
internal sealed class ParagraphReading(string text, QuoteMap quotes, IReadOnlyList<Mention> mentions, ArticleDiscourse discourse)
{
    private readonly Dictionary<Mention, Entity?> resolved = [];

    public string Text { get; } = text;

    public QuoteMap Quotes { get; } = quotes;

    public IReadOnlyList<Mention> Mentions { get; } = mentions;

    public ArticleDiscourse Discourse { get; } = discourse;

    /// <summary>Registers the names and bodies first, so that a full name later in the paragraph already helps its surname.</summary>
    public IEnumerable<Entity> RegisterNames()
    {
        foreach (var m in Mentions)
        {
            if (m.Kind == MentionKind.Person)
            {
                resolved[m] = Discourse.Person(m);
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
            MentionKind.OfficeOf => Discourse.Owner(m.Name) is { } owner ? Discourse.Office(owner) : null,
            MentionKind.UnnamedPerson => Discourse.Unnamed(m),
            _ => null,
        };
        resolved[m] = entity;
        return entity;
    }

    private Entity? OfficialOf(Mention m)
    {
        var body = Discourse.Body(m.Name);
        Discourse.LastOfficial = body;
        return body;
    }
}
