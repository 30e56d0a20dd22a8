using System.Collections.Frozen;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// A bound on how far before a speech verb its subject can stand, derived from the subject-gap pattern itself
/// (<see cref="SubjectFinder"/>): a gap the pattern accepts is spaces, a party tag in parentheses (at most 62
/// characters), an appositive between commas (at most 162), "and"/"or" with at most five words, and adverbs from
/// its list. So it holds at most 224 characters that are neither spaces nor word characters, and at most
/// 30 + 80 + 6 = 116 words that are not those adverbs. Walking back from the verb and counting both, the search
/// for a subject stops once either count is passed: every mention further back has a longer gap, which the
/// pattern would refuse. The result is the pattern's, but a sentence's cues no longer each walk back over all its
/// mentions, which made one long sentence quadratic in its length.
/// </summary>
internal struct SubjectGapBudget
{
    private const int MaxOtherCharacters = 62 + 162;
    private const int MaxWordsBesideAdverbs = 30 + 80 + 6;

    private readonly string text;
    private readonly int verbStart;
    private int position;
    private int otherCharacters;
    private int wordsBesideAdverbs;

    public SubjectGapBudget(string text, int verbStart)
    {
        this.text = text;
        this.verbStart = verbStart;
        position = verbStart;
    }

    /// <summary>
    /// Counts the text back to <paramref name="gapStart"/>; false once the gap from there to the verb is
    /// provably longer than the pattern accepts. Words are counted when their first character is reached, so a
    /// word cut by <paramref name="gapStart"/> is not counted yet: the count never exceeds the gap's own.
    /// </summary>
    public bool MayFit(int gapStart, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> adverbs)
    {
        while (position > gapStart && otherCharacters <= MaxOtherCharacters && wordsBesideAdverbs <= MaxWordsBesideAdverbs)
        {
            position--;
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!IsWordCharacter(c))
            {
                otherCharacters++;
                continue;
            }

            if (position > 0 && IsWordCharacter(text[position - 1]))
            {
                continue;
            }

            var end = position + 1;
            while (end < verbStart && IsWordCharacter(text[end]))
            {
                end++;
            }

            if (!adverbs.Contains(text.AsSpan(position, end - position)))
            {
                wordsBesideAdverbs++;
            }
        }

        return otherCharacters <= MaxOtherCharacters && wordsBesideAdverbs <= MaxWordsBesideAdverbs;
    }

    /// <summary>The pattern's word characters: <c>[\p{L}\p{N}’'\-]</c>.</summary>
    public static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || char.IsNumber(c) || c is '’' or '\'' or '-';
}
