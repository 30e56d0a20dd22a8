namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Whether only a name (with its title) stands before a colon, at the start of the paragraph or of a sentence:
/// "Mayor Jane Doe: “…”", not "one message for ICE: “…”". It was the regex
/// <c>(?:^|[.!?]\s+)(?:\p{Lu}[\p{L}.'’\-]*\s+){0,5}\p{Lu}[\p{L}.'’\-]*$</c> run over all the text before the colon,
/// which cost a pass over the paragraph for every colon before a quote. Read backwards from the colon instead, it
/// looks at the last six words at most and stops at the first character no name word may hold.
/// </summary>
internal static class NameBeforeColon
{
    private const int MaxWords = 6;

    public static bool Precedes(string text, int colon)
    {
        var end = colon;
        for (var words = 0; words < MaxWords; words++)
        {
            // A word: a capital, then letters, periods, apostrophes and hyphens, ending where the next word or the colon starts.
            var start = end;
            while (start > 0 && IsNameCharacter(text[start - 1]))
            {
                start--;
            }

            if (start == end || !char.IsUpper(text[start]))
            {
                return false;
            }

            if (start == 0)
            {
                return true;
            }

            // Before the word: spaces, then either another word or the end of a sentence (. ! ?) with nothing before it counted.
            var gap = start;
            while (gap > 0 && char.IsWhiteSpace(text[gap - 1]))
            {
                gap--;
            }

            if (gap == start)
            {
                return false;
            }

            if (gap > 0 && text[gap - 1] is '.' or '!' or '?')
            {
                return true;
            }

            end = gap;
        }

        return false;
    }

    private static bool IsNameCharacter(char c) => char.IsLetter(c) || c is '.' or '\'' or '’' or '-';
}
