namespace PolicySearch.Core.Analysis.Speakers;

internal enum EntityKind
{
    Person,
    Organisation,

    /// <summary>A person's office: their spokesperson, aides, "the governor's office".</summary>
    Office,

    /// <summary>An unidentified person ("one young woman"): a pronoun may point to them; never a speaker.</summary>
    Unnamed,
}

/// <summary>
/// Someone an article talks about, tracked across its paragraphs. Mutable while the article is read: a
/// surname seen first ("Haddad") is upgraded when the full name appears, and every paragraph that points
/// to the entity then shows the full name.
/// </summary>
internal sealed class Entity(EntityKind kind, string name)
{
    public EntityKind Kind { get; } = kind;

    public string Name
    {
        get;
        set
        {
            field = value;
            Key = NameKey.Of(value);
            firstLast = null;
            last = null;
        }
    } = name;

    private string? firstLast;
    private string? last;

    /// <summary><see cref="NameKey.FirstLast"/> of <see cref="Name"/>, computed once per name.</summary>
    public string FirstLast => firstLast ??= NameKey.FirstLastOfKey(Key);

    /// <summary><see cref="NameKey.Last"/> of <see cref="Name"/>, computed once per name.</summary>
    public string Last => last ??= NameKey.LastOfKey(Key);

    /// <summary>The name as compared (<see cref="NameKey.Of"/>), kept in step with <see cref="Name"/>.</summary>
    public string Key { get; private set; } = NameKey.Of(name);

    public string? Role { get; set; }

    /// <summary>The first title written before the name ("Rep." of "Rep. Miller"): a titled bare surname is a person to credit.</summary>
    public string? Title { get; set; }

    public string? Place { get; set; }

    public Gender Gender { get; set; }

    /// <summary>For a person introduced as a body's spokesperson or official ("DOJ spokesman X"): the body.</summary>
    public Entity? Affiliation { get; set; }

    /// <summary>For an office: whose office it is.</summary>
    public Entity? Owner { get; init; }

    /// <summary>Position of the latest mention in the article, for "the most recent governor" and the like.</summary>
    public int LastSeen { get; set; }

    /// <summary>Credited as a speaker at least once: a bare surname that spoke is a person, not a stray capitalised word.</summary>
    public bool HasSpoken { get; set; }

    /// <summary>Named right beside a quote's attribution ('“…,” Boelen said'): a person even as a bare surname.</summary>
    public bool NamedBesideQuote { get; set; }

    /// <summary>Introduced as someone who reports the news ("reporter Jo Lee"): never a speaker.</summary>
    public bool IsReporter { get; set; }

    public bool IsSurnameOnly => Kind == EntityKind.Person && !Key.Contains(' ', StringComparison.Ordinal);
}
