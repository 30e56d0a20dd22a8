using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// A position taken on the law itself: a verb of support or opposition whose object is a sanctuary law ("we support and
/// ask you to approve TRUST ACT SB 31", "I opposed the Trust Act", "defended the sanctuary ordinance") takes the verb's
/// side; support for a rollback ("are supporting legislation to repeal the TRUST Act", "backs the lawsuit seeking to
/// invalidate the Act") takes the other side (STANCE_GUIDELINES: "praises or defends them" / "proposes a rollback").
/// Acts are not positions: "introduced a bill to repeal", "the Senate approved the act" find nothing, since neither
/// verb is here ("approve" counts only when asked for: "urged the governor to approve").
/// </summary>
internal sealed class LawPositions(StanceFile stance)
{
    public const double Weight = 2;

    // Determiners and owners that may stand between the verb and its object ("the", "Illinois’", "the sheriffs’").
    private const int MaxSkipped = 3;

    // The words between a rollback's noun and its verb ("legislation that would repeal", "a lawsuit seeking to invalidate").
    private const int MaxLinkWords = 3;

    private static readonly FrozenSet<string> Supporting = new[]
    {
        "support", "supports", "supported", "supporting", "back", "backs", "backed", "backing", "endorse", "endorses",
        "endorsed", "endorsing", "defend", "defends", "defended", "defending", "favor", "favors", "favored", "favoring",
        "favour", "favours", "favoured", "favouring", "champion", "champions", "championed", "championing",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Opposing = new[] { "oppose", "opposes", "opposed", "opposing" }.ToFrozenSet(StringComparer.Ordinal);

    // "ask you to approve", "urged Governor Rauner to approve": approval asked for is a position; approval given is a vote.
    private static readonly FrozenSet<string> Requests = new[]
    {
        "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "call", "calls", "called", "calling", "want", "wants",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "its", "their", "our", "this", "that", "these", "those", "his", "her", "illinois", "illinois's", "state's", "city's",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RollbackNouns = new[]
    {
        "legislation", "bill", "bills", "measure", "measures", "effort", "efforts", "proposal", "proposals", "push", "plan", "plans",
        "lawsuit", "lawsuits", "suit", "suits", "bid", "amendment", "ordinance",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LinkWords = new[] { "to", "that", "which", "would", "will", "seeking", "seeks", "aimed", "at", "designed" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RollbackVerbs = new[]
    {
        "repeal", "repeals", "repealing", "end", "ends", "ending", "overturn", "overturns", "overturning", "invalidate", "invalidates",
        "invalidating", "abolish", "abolishes", "abolishing", "scrap", "scraps", "scrapping", "strike", "strikes", "striking",
        "dismantle", "dismantles", "dismantling", "gut", "guts", "gutting", "weaken", "weakens", "weakening", "roll", "rolls", "rolling",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly PhraseMatcher<bool> sanctuary = new((stance.SanctuaryTargets ?? []).Select(t => KeyValuePair.Create(t, true)));

    /// <summary>
    /// The positions of a paragraph (<paramref name="text"/>): the verb's index, the index after the law's first word, and the side (+1 supports,
    /// −1 opposes). <paramref name="inLawName"/> marks the words of laws' names (<see cref="LawNames"/>).
    /// </summary>
    public IEnumerable<(int Start, int End, int Side)> Find(string text, List<Word> words, bool[] inLawName)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var verb = words[i].Lower;
            var side = Supporting.Contains(verb) ? 1 : Opposing.Contains(verb) ? -1 : verb == "approve" && AskedFor(words, i) ? 1 : 0;
            // "the widely-supported House Bill", "a state-backed plan": an adjective, not a position taken.
            if (side == 0 || inLawName[i] || (words[i].Start > 0 && text[words[i].Start - 1] == '-'))
            {
                continue;
            }

            var k = Skip(words, i + 1);
            if (IsLaw(words, inLawName, k))
            {
                yield return (i, k + 1, side);
                continue;
            }

            // "supporting legislation to repeal the TRUST Act", "supports ballot measure 105, which would repeal the state's
            // sanctuary law": the rollback's side.
            if (k + 1 < words.Count && words[k].Lower == "ballot")
            {
                k++;
            }

            if (k < words.Count && RollbackNouns.Contains(words[k].Lower) && !inLawName[k])
            {
                var v = k + 1 < words.Count && words[k + 1].Lower.All(char.IsAsciiDigit) ? k + 2 : k + 1;
                var linked = v;
                while (v < words.Count && v < linked + MaxLinkWords && LinkWords.Contains(words[v].Lower))
                {
                    v++;
                }

                if (v > linked && v < words.Count && RollbackVerbs.Contains(words[v].Lower))
                {
                    var target = Skip(words, v + (words[v].Lower.StartsWith("roll", StringComparison.Ordinal) && v + 1 < words.Count && words[v + 1].Lower == "back" ? 2 : 1));
                    if (IsLaw(words, inLawName, target))
                    {
                        yield return (i, target + 1, -side);
                    }
                }
            }
        }
    }

    private static bool AskedFor(List<Word> words, int approve)
    {
        if (approve == 0 || words[approve - 1].Lower != "to")
        {
            return false;
        }

        for (var k = approve - 2; k >= 0 && k >= approve - 5; k--)
        {
            if (Requests.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Past determiners and owners ("the", "Illinois’", "the sheriffs’ lawsuit" keeps "lawsuit").</summary>
    private static int Skip(List<Word> words, int from)
    {
        var k = from;
        while (k < words.Count && k < from + MaxSkipped && (Determiners.Contains(words[k].Lower) || words[k].Lower.EndsWith('\'')))
        {
            k++;
        }

        return k;
    }

    /// <summary>A sanctuary law starts at <paramref name="k"/>: a law's name, "SB 31", or a sanctuary target ("sanctuary policies").</summary>
    private bool IsLaw(List<Word> words, bool[] inLawName, int k) =>
        k < words.Count
        && (inLawName[k]
            || (words[k].Lower == "sb" && k + 1 < words.Count && char.IsDigit(words[k + 1].Lower[0]))
            || (words[k].Lower.StartsWith("sanctuary", StringComparison.Ordinal) && sanctuary.Any(words, k, Math.Min(words.Count, k + 3))));
}
