using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// What the reader of one article knows so far: the people and bodies named, their roles, which acronyms
/// the text defined, who spoke last, and who is salient for "he"/"she". Resolves a mention to an entity.
/// </summary>
internal sealed class ArticleDiscourse(AnalysisLexicon lexicon)
{
    private readonly List<Entity> people = [];
    private readonly Dictionary<string, Entity> bodies = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Entity, Entity> offices = [];
    private readonly Dictionary<string, string> acronyms = new(StringComparer.Ordinal);

    // A body the lexicon knows by an acronym that this article defines for another name: "the National Fraternal Order
    // of Police (FOP)" makes every later "FOP" (which the lexicon reads as "Fraternal Order of Police") that body.
    private readonly Dictionary<string, string> redefined = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(Entity Entity, int Paragraph)> salience = [];
    private int clock;

    // "he said" points back a few paragraphs at most; further back, the reader has lost the thread too.
    private const int PronounReach = 3;

    /// <summary>The paragraph being read, for the pronoun reach.</summary>
    public int Paragraph { get; set; }

    /// <summary>The last entity that spoke ("the statement" points here unless the article named its author).</summary>
    public Entity? LastSpeaker { get; set; }

    /// <summary>
    /// The speaker of the last paragraph that spoke of a statement or release ("according to a news release from the
    /// Center", "the association, in a statement, said"): "the release" points here even after others have spoken.
    /// </summary>
    public Entity? StatementAuthor { get; set; }

    /// <summary>The last unnamed official's body ("the official continued").</summary>
    public Entity? LastOfficial { get; set; }

    /// <summary>Every person named in full, for corpus-wide surname resolution and office naming.</summary>
    public IEnumerable<PersonRecord> People => people.Where(p => !p.IsSurnameOnly).Select(p => new PersonRecord(p.Name, p.Role, p.Place));

    /// <summary>The person a name mention stands for: a known one (a surname finds its full name) or a new one.</summary>
    public Entity Person(Mention mention)
    {
        var entity = FindOrAddPerson(mention.Name);
        entity.Role = mention.Role ?? entity.Role;
        entity.Place = mention.Place ?? entity.Place;
        entity.Title ??= mention.Title;
        if (entity.Gender == Gender.Unknown)
        {
            entity.Gender = mention.Gender != Gender.Unknown ? mention.Gender : GenderOfFirstName(entity.Name);
        }

        entity.LastSeen = ++clock;
        return entity;
    }

    /// <summary>A full name seen outside the text (a headline, a byline): it expands the surname, before or after; nothing else.</summary>
    public void RegisterFullName(string name) => FindOrAddPerson(name);

    /// <summary>The body a name or acronym stands for, or null for an acronym the article never defined.</summary>
    public Entity? Body(string name, string? definedAcronym = null)
    {
        if (IsAcronym(name))
        {
            if (!acronyms.TryGetValue(name, out var expansion))
            {
                return null;
            }

            name = expansion;
        }

        name = redefined.GetValueOrDefault(name, name);
        if (definedAcronym is not null)
        {
            acronyms[definedAcronym] = name;
            if (lexicon.OrgAliases.TryGetValue(definedAcronym, out var known) && !string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                redefined[known] = name;
            }
        }

        if (!bodies.TryGetValue(name, out var entity))
        {
            // "the ACLU" in a story about "the American Civil Liberties Union of Illinois" (or "the ACLU of Illinois",
            // through the name's aliases) is that chapter.
            var prefixes = lexicon.OrgAliases.Where(a => IsAcronym(a.Key) && string.Equals(a.Value, name, StringComparison.OrdinalIgnoreCase)).Select(a => a.Key + " ")
                .Prepend(name + " ").ToList();
            entity = bodies.Values.Where(b => prefixes.Any(p => b.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase))).MinBy(b => b.Name.Length)
                ?? new Entity(EntityKind.Organisation, name);
            bodies[name] = entity;
        }

        entity.LastSeen = ++clock;
        return entity;
    }

    public Entity Office(Entity owner)
    {
        if (!offices.TryGetValue(owner, out var office))
        {
            office = new Entity(EntityKind.Office, owner.Name) { Owner = owner };
            offices[owner] = office;
        }

        office.LastSeen = ++clock;
        return office;
    }

    /// <summary>"he"/"she": the most recent salient person of a compatible gender. Learns the gender it used.</summary>
    public Entity? Pronoun(Gender gender)
    {
        for (var i = salience.Count - 1; i >= 0; i--)
        {
            var (candidate, paragraph) = salience[i];
            if (Paragraph - paragraph > PronounReach)
            {
                return null;
            }

            if (candidate.Gender != Gender.Unknown && gender != Gender.Unknown && candidate.Gender != gender)
            {
                continue;
            }

            if (candidate.Gender == Gender.Unknown)
            {
                candidate.Gender = gender;
            }

            return candidate;
        }

        return null;
    }

    /// <summary>"the governor", "the official", "the department", "the statement".</summary>
    /// <summary>The body the article last said filed suit ("The Department of Justice filed a lawsuit").</summary>
    public Entity? Filer { get; set; }

    /// <summary>
    /// "The Trump administration sued Illinois": the administration goes to court as the Department of Justice, and is so
    /// named in this article from now on ("the administration argued" as well); "the administration" still finds it.
    /// </summary>
    public void Litigates(Entity administration)
    {
        if (lexicon.OrgAliases.TryGetValue("Department of Justice", out var justice))
        {
            administration.Name = justice;
        }
    }

    /// <summary>The person or body the article last said posted on social media ("ICE posted a photo on X").</summary>
    public Entity? Poster { get; set; }

    public Entity? Description(string noun)
    {
        if (!lexicon.References.Descriptions.TryGetValue(noun, out var target))
        {
            return null;
        }

        var targets = target.Split('|');
        if (targets.Contains("statement"))
        {
            return StatementAuthor ?? LastSpeaker;
        }

        // "the suit", "the lawsuit": the body that filed it, when the article said so; nobody otherwise.
        if (targets.Contains("filer"))
        {
            return Filer;
        }

        // "the post read": whoever the article last said posted ("ICE posted a photo on social media").
        if (targets.Contains("poster"))
        {
            return Poster;
        }

        // "the city", "the village spokesperson": the local government the article named ("the Village of Broadview").
        if (targets.Contains("government"))
        {
            var government = noun[..(noun.IndexOf(' ') is var space and > 0 ? space : noun.Length)] + " of ";
            return bodies.Values.Where(b => b.Name.StartsWith(government, StringComparison.OrdinalIgnoreCase)).MaxBy(b => b.LastSeen);
        }

        if (targets.Contains("organisation"))
        {
            var head = noun.Split(' ');
            // The name the body was first given counts too ("the administration" after the Trump administration was
            // renamed for the suit it filed).
            return bodies
                .Where(b => head.All(h => b.Value.Name.Contains(h, StringComparison.OrdinalIgnoreCase) || b.Key.Contains(h, StringComparison.OrdinalIgnoreCase))
                    || (noun is "agency" or "office" or "organization" or "group" && !IsPlaceGovernment(b.Value.Name) && !IsCourt(b.Value.Name)))
                .Select(b => b.Value)
                .MaxBy(b => b.LastSeen);
        }

        var person = people.Where(p => p.Role is not null && targets.Contains(p.Role)).MaxBy(p => p.LastSeen);
        return person ?? (targets.Contains("official") ? LastOfficial : null);
    }

    private static readonly string[] GovernmentPrefixes = ["City of ", "Village of ", "Town of ", "County of ", "State of ", "Commonwealth of "];

    /// <summary>
    /// "Cook County", "City of Elgin", "New York City": a place's government, which "the agency" or "the group" does not
    /// name ("ICE is fed up with Cook County … The agency sent out a press release").
    /// </summary>
    private static bool IsPlaceGovernment(string name) =>
        name.EndsWith(" County", StringComparison.OrdinalIgnoreCase) || name.EndsWith(" City", StringComparison.OrdinalIgnoreCase)
        || GovernmentPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "U.S. District Court", "the Supreme Court": a court, which "the agency" or "the group" does not name ("filed in U.S.
    /// District Court … The agency argues").
    /// </summary>
    private static bool IsCourt(string name) =>
        name.Split(' ').Any(word => word is "Court" or "Courts");

    /// <summary>
    /// "the sheriff's office" where the article named "the Lake County Sheriff's Office": the body whose name holds the
    /// role's possessive ("Sheriff's"), the most recent one; null when there is none.
    /// </summary>
    public Entity? BodyOfRole(string ownerText)
    {
        var trimmed = ownerText.Trim();
        if (!trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var noun = trimmed[4..];
        return bodies.Values
            .Where(b => b.Name.Contains(noun + "'s ", StringComparison.OrdinalIgnoreCase) || b.Name.Contains(noun + "’s ", StringComparison.OrdinalIgnoreCase))
            .MaxBy(b => b.LastSeen);
    }

    /// <summary>The owner in "X's office": a described role holder or a named person.</summary>
    public Entity? Owner(string ownerText)
    {
        var trimmed = ownerText.Trim();
        // "according to his office": the person "he" stands for.
        if (trimmed.Equals("his", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("her", StringComparison.OrdinalIgnoreCase))
        {
            return Pronoun(trimmed.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female);
        }

        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return Description(trimmed[4..].ToLowerInvariant()) ?? PlacedRoleOffice(trimmed[4..]);
        }

        // "Sheriff Tom Dart's office": the owner is the person, without the title. "Cook County Sheriff Tom Dart's office",
        // "Illinois Attorney General Kwame Raoul's office": the words before the last title are its place (party words
        // dropped), and the title gives the role, so that the office is named from them.
        var tokens = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (titleStart, titleEnd) = (-1, -1);
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            for (var n = Math.Min(lexicon.MaxTitleTokens, tokens.Length - 1 - i); n >= 1; n--)
            {
                if (lexicon.Titles.ContainsKey(string.Join(' ', tokens, i, n)))
                {
                    (titleStart, titleEnd) = (i, i + n);
                    break;
                }
            }
        }

        if (titleStart < 0)
        {
            return FindOrAddPerson(trimmed);
        }

        var person = FindOrAddPerson(string.Join(' ', tokens[titleEnd..]));
        var role = lexicon.Titles[string.Join(' ', tokens[titleStart..titleEnd])];
        if (role.Length > 0)
        {
            person.Role ??= role;
        }

        var place = string.Join(' ', tokens[..titleStart].Where(t => !lexicon.PartyWords.Contains(t) && !lexicon.SentenceOpeners.Contains(t) && !lexicon.NotNames.Contains(t)));
        if (place.Length > 0 && person.Place is null && role.Length > 0)
        {
            person.Place = place;
        }

        return person;
    }

    /// <summary>
    /// "the Illinois attorney general's office": a role at a place, whose office speaks under its conventional name
    /// ("Office of the Illinois Attorney General") whether or not the article names the holder. (A county's sheriff runs
    /// a department with a name of its own, "Cook County Sheriff's Office", which PhraseMentionFinder leaves to the name
    /// runs.)
    /// </summary>
    private Entity? PlacedRoleOffice(string placeAndRole)
    {
        var tokens = placeAndRole.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var placeWords = 1; placeWords < tokens.Length; placeWords++)
        {
            var role = lexicon.References.RoleOf(string.Join(' ', tokens[placeWords..]).ToLowerInvariant());
            var place = tokens[..placeWords];
            if (role is null || !place.All(t => char.IsUpper(t[0])))
            {
                continue;
            }

            return Body(lexicon.Organisations.OfficeOf(role, string.Join(' ', place)));
        }

        return null;
    }

    public Entity Unnamed(Mention mention) => new(EntityKind.Unnamed, mention.Name) { Gender = mention.Gender, LastSeen = ++clock };

    /// <summary>The entity is now the most recent candidate for "he"/"she".</summary>
    public void MakeSalient(Entity entity)
    {
        // A lone capitalised word ("Chicago") is only a person once it has a title, a full name or has spoken.
        var knownPerson = entity.Kind == EntityKind.Person && (!entity.IsSurnameOnly || entity.Role is not null || entity.HasSpoken);
        if (!knownPerson && entity.Kind != EntityKind.Unnamed)
        {
            return;
        }

        salience.RemoveAll(s => s.Entity == entity);
        salience.Add((entity, Paragraph));
    }

    /// <summary>
    /// A person the article has already named, by full name or by surname ("a Pritzker spokeswoman" after "Gov. JB
    /// Pritzker"); null for a word the article never gave as a person's name ("a Republican spokesman").
    /// </summary>
    public Entity? NamedPerson(string name)
    {
        var key = NameKey.Of(name.Trim());
        Entity? found = null;
        foreach (var p in people)
        {
            if ((p.Key == key || p.Last == key) && (found is null || p.LastSeen > found.LastSeen))
            {
                found = p;
            }
        }

        return found;
    }

    // Loops rather than LINQ: every person mention of the corpus comes through here.
    private Entity FindOrAddPerson(string name)
    {
        var key = NameKey.Of(name);
        var isFull = key.Contains(' ', StringComparison.Ordinal);
        foreach (var p in people)
        {
            if (p.Key == key)
            {
                return p;
            }
        }

        if (isFull)
        {
            var firstLast = NameKey.FirstLastOfKey(key);
            foreach (var p in people)
            {
                if (!p.IsSurnameOnly && p.FirstLast == firstLast)
                {
                    // "Ann Holt said …" then "Director Ann Q. Holt": the fullest form the article gives names her throughout.
                    if (key.Length > p.Key.Length && p.Key == p.FirstLast)
                    {
                        p.Name = name;
                    }

                    return p;
                }
            }

            // "Schwartz Francisco said" after "Diana Schwartz Francisco": a two-word surname, the last two words of a
            // longer name the article gave.
            if (key.IndexOf(' ', StringComparison.Ordinal) == key.LastIndexOf(' '))
            {
                foreach (var p in people)
                {
                    if (p.Key.Length > key.Length && p.Key.EndsWith(key, StringComparison.Ordinal) && p.Key[p.Key.Length - key.Length - 1] == ' ')
                    {
                        return p;
                    }
                }
            }

            // A surname seen first ("Haddad said") is the same person once the full name appears.
            var last = NameKey.LastOfKey(key);
            foreach (var p in people)
            {
                if (p.IsSurnameOnly && p.Key == last)
                {
                    p.Name = name;
                    return p;
                }
            }
        }
        else
        {
            // The most recently seen full name with this surname (the first of equals, as MaxBy).
            Entity? full = null;
            foreach (var p in people)
            {
                if (!p.IsSurnameOnly && p.Last == key && (full is null || p.LastSeen > full.LastSeen))
                {
                    full = p;
                }
            }

            if (full is not null)
            {
                return full;
            }
        }

        var entity = new Entity(EntityKind.Person, name);
        people.Add(entity);
        return entity;
    }

    private Gender GenderOfFirstName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && lexicon.FirstNameGendersBySpan.TryGetValue(name.AsSpan(0, space), out var gender) ? gender : Gender.Unknown;
    }

    private static bool IsAcronym(string name) => name.Length is >= 2 and <= 8 && name.All(c => char.IsUpper(c) || c is '.' or '&');
}
