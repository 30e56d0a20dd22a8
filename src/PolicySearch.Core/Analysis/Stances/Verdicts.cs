using System.Collections.Frozen;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Stances;

/// <summary>
/// A verdict of illegality ("unconstitutional", "unauthorized", "unlawful") judges what stands BEFORE it: "called the
/// grant conditions “unauthorized and unconstitutional”", "the raids are unconstitutional", "calling it potentially
/// unconstitutional", "the administration’s unlawful policies". Aimed at federal enforcement it supports; aimed at a
/// sanctuary law ("the Trust Act is unconstitutional") it keeps its lexicon side, and a bare verdict at nothing
/// known counts for nothing.
/// </summary>
internal sealed class Verdicts(StanceFile stance)
{
    private const int Window = 8;
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",;:”\"’)");

    private readonly PhraseMatcher<bool> verdicts = new((stance.VerdictCues ?? []).Select(v => KeyValuePair.Create(v, true)));
    private readonly FrozenSet<string> phrases = (stance.VerdictCues ?? []).ToFrozenSet(StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> enforcement = new(stance.EnforcementTargets.Select(t => KeyValuePair.Create(t, true)));
    private readonly PhraseMatcher<bool> sanctuary = new((stance.SanctuaryTargets ?? []).Select(t => KeyValuePair.Create(t, true)));

    // The verdict's target starts after these: a naming verb ("called the conditions unconstitutional") or a clause opener
    // ("the department claimed that the city's status is unlawful": the speaker is no target).
    private static readonly FrozenSet<string> Openers = new[]
    {
        "called", "calling", "call", "calls", "labeled", "labelled", "labeling", "labelling", "deemed", "deem", "declared",
        "declare", "declaring", "branded", "ruled", "found", "that", "which", "because", "said", "says", "saying", "claimed",
        "claiming", "claims", "argued", "arguing", "argues", "contended", "contending", "contends",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "unauthorized and unconstitutional", "unconstitutional because…": a verdict stated, not a word of a noun phrase
    // ("unauthorized immigrants").
    private static readonly FrozenSet<string> PredicateFollowers = new[] { "and", "or", "because", "under", "as", "in", "on" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The verdict phrases of a paragraph (matches of <c>verdictCues</c>).</summary>
    public List<PhraseMatcher<bool>.Match> Find(List<Word> words) => verdicts.Find(words);

    /// <summary>Whether a lexicon phrase is a verdict of illegality ("is unconstitutional", "unlawful").</summary>
    public bool IsVerdict(string phrase) => phrases.Contains(phrase);

    /// <summary>
    /// The verdict from <paramref name="first"/> (exclusive end <paramref name="end"/>) judges federal enforcement: either
    /// stated as a predicate (end of the sentence or clause, or "and", "because"… next) about words after the last naming
    /// verb or clause opener within eight words of the same sentence that name federal enforcement and no sanctuary
    /// law; or right after an enforcement possessive ("the administration’s unlawful policies").
    /// </summary>
    public bool AimsBackAtEnforcement(string text, List<Word> words, int first, int end)
    {
        if (first > 0 && words[first - 1].Lower.EndsWith("'s", StringComparison.Ordinal) && enforcement.Any(Owners(words, first - 1, first)))
        {
            return true;
        }

        if (!Predicative(text, words, end))
        {
            return false;
        }

        var from = first;
        while (from > 0 && from > first - Window && !Break(text, words, from) && !Openers.Contains(words[from - 1].Lower))
        {
            from--;
        }

        if (from == first)
        {
            return false;
        }

        var target = Owners(words, from, first);
        return enforcement.Any(target) && !sanctuary.Any(target);
    }

    /// <summary>The words from <paramref name="from"/> to <paramref name="to"/>, possessives read as their owner ("ICE's" as "ICE").</summary>
    private static List<Word> Owners(List<Word> words, int from, int to) =>
        [.. words.GetRange(from, to - from).Select(w => w.Lower.EndsWith("'s", StringComparison.Ordinal) ? w with { Lower = w.Lower[..^2] } : w)];

    private static bool Predicative(string text, List<Word> words, int end) =>
        end >= words.Count || Break(text, words, end) || PredicateFollowers.Contains(words[end].Lower)
        || text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).IndexOfAny(ClauseEnds) >= 0;

    /// <summary>True when a sentence ends between word <paramref name="i"/> − 1 and word <paramref name="i"/>.</summary>
    private static bool Break(string text, List<Word> words, int i) =>
        i > 0 && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).IndexOfAny(".!?") >= 0;
}
