namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// The speakers credited in one sentence (or, for a signed pull quote, in the paragraph its signature closes). A
/// mention is credited through the article's discourse, so a pronoun, a description or an office becomes the person
/// or body it stands for; only identifiable ones are kept. An indefinite body ("a county spokesperson") waits in
/// <paramref name="pending"/> for the paragraph that names it.
/// </summary>
internal sealed class SpeakerCredits(ParagraphReading reading, List<Entity> speakers, List<(int Paragraph, string Head)> pending, int paragraph)
{
    public ParagraphReading Reading => reading;

    /// <summary>Credited so far, in the order credited.</summary>
    public List<Entity> Speakers => speakers;

    /// <summary>Credits the entity a mention stands for; true when it is an identifiable speaker.</summary>
    public bool Credit(Mention? mention)
    {
        if (mention is null)
        {
            return false;
        }

        if (mention.Kind == MentionKind.IndefiniteBody)
        {
            pending.Add((paragraph, mention.Name));
            return true;
        }

        var entity = reading.Resolve(mention);
        if (entity is null || entity.Kind == EntityKind.Unnamed || entity.IsReporter)
        {
            return false;
        }

        entity.HasSpoken = true;
        if (!speakers.Contains(entity))
        {
            speakers.Add(entity);
        }

        // "when Reid asked Pritzker if …, which she referred to as": a speaker just credited is the nearest referent of a
        // pronoun later in the same sentence.
        if (entity.Kind == EntityKind.Person && entity.Gender != Gender.Unknown)
        {
            reading.Discourse.MakeSalient(entity);
        }

        return true;
    }

    /// <summary>Credits an entity the sentence points to without naming it ("the suit … that alleges": its filer).</summary>
    public bool CreditEntity(Entity entity)
    {
        entity.HasSpoken = true;
        if (!speakers.Contains(entity))
        {
            speakers.Add(entity);
        }

        reading.Discourse.MakeSalient(entity);
        return true;
    }
}
