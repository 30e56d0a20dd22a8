using System.Collections.Frozen;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// A bound on how far before a speech verb its subject can stand, derived from the subject-gap pattern itself (<see
/// cref="SubjectFinder"/>): a gap the pattern accepts is spaces, a party tag in parentheses (at most 62 characters), an
/// appositive between commas (at most 162), "and"/"or" with at most five words, a comma before "who"/"which", a home
/// place "of St. Charles" (at most four words and three periods), a day "on Jan. 5," (three words, a period and a
/// comma) and adverbs from its list. So it holds at most 230 characters that are neither spaces nor word characters,
/// and at most 30 + 80 + 6 + 4 + 3 = 123 words that are not those adverbs; and a gap that is not empty ends in a space,
/// a comma or a closing parenthesis (<see cref="MayBeNonEmpty"/>). Walking back from the verb and counting both, the
/// search for a subject stops once either count is passed: every mention further back has a longer gap, which the
/// pattern would refuse. The result is the pattern's, but a sentence's cues no longer each walk back over all its
/// mentions, which made one long sentence quadratic in its length.
/// </summary>
internal struct SubjectGapBudget
{
    private const int MaxOtherCharacters = 62 + 162 + 1 + 3 + 2;
    private const int MaxWordsBesideAdverbs = 30 + 80 + 6 + 4 + 3;

    private readonly string text;
    private readonly int verbStart;
    private int position;
    private int otherCharacters;
    private int wordsBesideAdverbs;

    // The word being walked through (its end, -1 outside words) and whether it has been counted.
    private int wordEnd;
    private bool wordCounted;

    public SubjectGapBudget(string text, int verbStart)
    {
        this.text = text;
        this.verbStart = verbStart;
        position = verbStart;
        wordEnd = -1;
    }

    /// <summary>
    /// Counts the text back to <paramref name="gapStart"/>; false once the gap from there to the verb is
    /// provably longer than the pattern accepts. A word is counted when its first character is reached, or as
    /// soon as it is longer than any adverb (so that one huge word does not hide the rest of the count). A word
    /// cut by <paramref name="gapStart"/> may be counted although the gap holds only an adverb's worth of it:
    /// the limit allows that one word more.
    /// </summary>
    public bool MayFit(int gapStart, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> adverbs, int longestAdverb)
    {
        while (position > gapStart && Fits)
        {
            position--;
            var c = text[position];
            if (!IsWordCharacter(c))
            {
                wordEnd = -1;
                if (!char.IsWhiteSpace(c))
                {
                    otherCharacters++;
                }

                continue;
            }

            if (wordEnd < 0)
            {
                wordEnd = position + 1;
                wordCounted = false;
            }

            var length = wordEnd - position;
            var wordStarts = position == 0 || !IsWordCharacter(text[position - 1]);
            if (!wordCounted && (length > longestAdverb || (wordStarts && !adverbs.Contains(text.AsSpan(position, length)))))
            {
                wordsBesideAdverbs++;
                wordCounted = true;
            }
        }

        return Fits;
    }

    private readonly bool Fits => otherCharacters <= MaxOtherCharacters && wordsBesideAdverbs <= MaxWordsBesideAdverbs + 1;

    /// <summary>
    /// Whether any gap that is not empty can end right before the verb: the pattern ends every part with spaces,
    /// a comma or a parenthesis, so a verb glued to a word ("he-said") can only have a subject right before it.
    /// </summary>
    public static bool MayBeNonEmpty(string text, int verbStart) =>
        verbStart > 0 && (char.IsWhiteSpace(text[verbStart - 1]) || text[verbStart - 1] is ',' or ')');

    /// <summary>The pattern's word characters: <c>[\p{L}\p{N}’'\-]</c>.</summary>
    public static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || char.IsNumber(c) || c is '’' or '\'' or '-';
}
