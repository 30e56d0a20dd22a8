using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// A group of named role holders as a speech verb's subject, in one article: "the sheriffs say" (the sheriffs named
/// so far, at least two), "they maintain" (the group credited in the last two paragraphs), "Four sheriffs are suing
/// …, claiming" (a participle whose sentence opens with the plural: the four named in the next paragraphs).
/// </summary>
internal sealed class RoleGroups
{
    // How many paragraphs after a group was credited its "they" still stands for it.
    private const int GroupReach = 2;

    // How many paragraphs after "Four sheriffs are suing …" the four may be named, when the number is given.
    private const int PendingReach = 3;

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5, ["6"] = 6, ["7"] = 7, ["8"] = 8, ["9"] = 9, ["10"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that make a plural role a part of the group ("several aldermen", "other sheriffs"), never its named members.</summary>
    private static readonly HashSet<string> IndefiniteQuantifiers = new(StringComparer.Ordinal)
    {
        "several", "some", "many", "few", "other", "numerous", "various", "dozens", "most",
    };

    private readonly FrozenDictionary<string, string[]> pluralRoles;

    // The role holders each paragraph names.
    private readonly List<Entity>[] people;

    private readonly List<(int Paragraph, string[] Roles, int Count)> pending = [];

    private List<Entity>? last;

    private int lastParagraph = -1;

    /// <param name="pluralRoles">A plural role noun → the roles its holders have (<see cref="PluralRoles"/>).</param>
    /// <param name="paragraphs">The article's paragraph count.</param>
    public RoleGroups(FrozenDictionary<string, string[]> pluralRoles, int paragraphs)
    {
        this.pluralRoles = pluralRoles;
        people = [.. Enumerable.Range(0, paragraphs).Select(_ => new List<Entity>())];
    }

    /// <summary>"sheriffs" → sheriff, "aldermen" → alderman: the plural of every person's role the lexicon describes.</summary>
    public static FrozenDictionary<string, string[]> PluralRoles(AnalysisLexicon lexicon)
    {
        var plurals = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (noun, target) in lexicon.References.Descriptions)
        {
            var roles = target.Split('|');
            if (roles.Any(r => r is "organisation" or "government" or "statement" or "official" or "spokesperson"))
            {
                continue;
            }

            var lastWord = noun[(noun.LastIndexOf(' ') + 1)..];
            var plural = lastWord.EndsWith("man", StringComparison.Ordinal) ? lastWord[..^3] + "men"
                : lastWord.EndsWith('y') ? lastWord[..^1] + "ies"
                : lastWord + "s";
            plurals.TryAdd(plural, roles);
        }

        return plurals.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A role holder the paragraph names: a possible member of a group spoken of later.</summary>
    public void Note(int paragraph, Entity holder)
    {
        if (!people[paragraph].Contains(holder))
        {
            people[paragraph].Add(holder);
        }
    }

    /// <summary>
    /// True when the cue's subject is a group of role holders, credited now or left pending; then no other subject is
    /// sought.
    /// </summary>
    public bool Credit(List<Word> words, int cueStart, int sentenceStart, bool participle, List<Entity> sentenceSpeakers, int paragraph)
    {
        var cueWord = OrderedPositions.FirstAtOrAfter(words, cueStart, static w => w.Start);
        var firstWord = OrderedPositions.FirstAtOrAfter(words, sentenceStart, static w => w.Start);
        string[]? roles = null;
        var count = 0;
        var before = cueWord > firstWord ? words[cueWord - 1].Lower : "";
        var afterThey = before == "they" || (cueWord - 2 >= firstWord && words[cueWord - 2].Lower == "they" && before is "also" or "still" or "further" or "have" or "had");
        var participleCue = participle;
        if (participle || afterThey)
        {
            // The plural opens the sentence: "Four Illinois sheriffs", "The two sheriffs"; a participle's subject, or
            // the "they" of the same sentence ("Four sheriffs have filed suit to overturn the law they believe …").
            for (var k = firstWord; k < cueWord && k < firstWord + 4; k++)
            {
                if (pluralRoles.TryGetValue(words[k].Lower, out roles))
                {
                    // "Sheriffs Ann Holt, Bo Park and Cy Moore filed suit, saying": a plural title before the names
                    // themselves; the list is the subject, not a group to be named later.
                    if (k + 1 < cueWord && words[k + 1].Capitalised)
                    {
                        roles = null;
                    }

                    for (var n = firstWord; n < k; n++)
                    {
                        count = NumberWords.GetValueOrDefault(words[n].Lower, count);
                        if (IndefiniteQuantifiers.Contains(words[n].Lower))
                        {
                            roles = null;
                        }
                    }

                    break;
                }
            }

            participle |= roles is not null;
        }

        if (roles is null && !participleCue && cueWord > firstWord)
        {
            if (afterThey)
            {
                if (last is not null && paragraph - lastParagraph <= GroupReach)
                {
                    Add(sentenceSpeakers, last);
                    return true;
                }

                return false;
            }

            // "The sheriffs jointly contend": an adverb may stand between the plural and its verb.
            var plural = cueWord - 1;
            while (plural > firstWord && words[plural].Lower is { Length: > 3 } adverb && (adverb.EndsWith("ly", StringComparison.Ordinal) || adverb is "also" or "still"))
            {
                plural--;
            }

            // "Several aldermen spoke out": some of them, not every alderman the article named.
            if (plural - 1 < firstWord || !IndefiniteQuantifiers.Contains(words[plural - 1].Lower))
            {
                pluralRoles.TryGetValue(words[plural].Lower, out roles);
            }
        }

        if (roles is null)
        {
            return false;
        }

        var named = new List<Entity>();
        for (var p = 0; p <= paragraph; p++)
        {
            foreach (var person in people[p])
            {
                if (roles.Contains(person.Role) && !named.Contains(person))
                {
                    named.Add(person);
                }
            }
        }

        // "Sheriff Jo Lee is among four sheriffs suing … The sheriffs say": one named holder in this very paragraph is
        // the group's named voice.
        if (named.Count >= 2 || (!participle && named.Count == 1 && people[paragraph].Contains(named[0])))
        {
            Add(sentenceSpeakers, named);
            last = named;
            lastParagraph = paragraph;
            return true;
        }

        if (participle)
        {
            pending.Add((paragraph, roles, count));
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Four sheriffs are suing …" with the sheriffs named in the next paragraph; or a little later, when the number the
    /// sentence gave is the number of holders that paragraph names ("The suit was brought by Sheriff A, Sheriff B,
    /// Sheriff C and Sheriff D"). Run once the whole article has been read.
    /// </summary>
    public void CreditPending(List<Entity>[] results)
    {
        foreach (var (paragraph, roles, count) in pending)
        {
            for (var later = paragraph + 1; later < results.Length && later <= paragraph + PendingReach && results[paragraph].Count == 0; later++)
            {
                var named = people[later].Where(p => roles.Contains(p.Role)).ToList();
                if (named.Count >= 2 && (later == paragraph + 1 ? count is 0 || count == named.Count : count == named.Count))
                {
                    results[paragraph].AddRange(named);
                }
            }
        }
    }

    private static void Add(List<Entity> speakers, List<Entity> group)
    {
        foreach (var person in group)
        {
            person.HasSpoken = true;
            if (!speakers.Contains(person))
            {
                speakers.Add(person);
            }
        }
    }
}
