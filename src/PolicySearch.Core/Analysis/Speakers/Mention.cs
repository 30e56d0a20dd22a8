namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>What a stretch of text refers to, as far as attribution cares.</summary>
internal enum MentionKind
{
    /// <summary>A person's name, titles removed ("Mark Hill", or a bare surname).</summary>
    Person,

    /// <summary>A named body ("Dayton Police Department", "U.S. Department of Justice").</summary>
    Organisation,

    /// <summary>A news outlet: passes words along, never a speaker.</summary>
    Outlet,

    /// <summary>"he" / "she".</summary>
    Pronoun,

    /// <summary>"the governor", "the official", "the department", "the official statement".</summary>
    Description,

    /// <summary>"a Justice Department official": an unnamed person speaking for a named body.</summary>
    OfficialOf,

    /// <summary>"X's office", "X's spokesperson", "an aide in X's office": the office of a person.</summary>
    OfficeOf,

    /// <summary>"one young woman": a real but unidentified person.</summary>
    UnnamedPerson,

    /// <summary>"a police department in Ohio": a body that the next paragraphs name.</summary>
    IndefiniteBody,
}

internal enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// One mention found in a paragraph, with its character span. <see cref="Name"/> depends on the kind: the bare
/// person name, the organisation's canonical name, the description noun, or (for <see cref="MentionKind.OfficeOf"/>)
/// the owner as written ("Haddad", "the governor").
/// </summary>
internal sealed record Mention(int Start, int End, MentionKind Kind, string Name)
{
    public string? Role { get; init; }

    /// <summary>The title as written before the name ("Rep.", "Sheriff"), kept for a surname the article never expands.</summary>
    public string? Title { get; init; }

    public string? Place { get; init; }

    public Gender Gender { get; init; }

    /// <summary>"Haddad’s decision": a possessive is never the subject of a speech verb.</summary>
    public bool Possessive { get; init; }

    /// <summary>"a Justice Department official" (not "the"): someone the text may name in the next paragraph.</summary>
    public bool Indefinite { get; init; }

    /// <summary>
    /// "a Pritzker spokeswoman": an office whose owner stands bare before the role noun, so it is an office only when the
    /// article has named that person before (not "a Republican spokesman").
    /// </summary>
    public bool OwnerNamedBefore { get; init; }

    /// <summary>An acronym the text defines right after an organisation: "Federation for … (FAIR)".</summary>
    public string? Acronym { get; init; }
}
