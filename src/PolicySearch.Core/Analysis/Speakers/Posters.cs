namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// "ICE posted a photo on social media …", "The mayor tweeted Monday": whoever posts. A later "the post read" or "the tweet
/// said" is that poster's.
/// </summary>
internal static class Posters
{
    // How far after the subject the verb is looked for.
    private const int Reach = 40;

    /// <summary>Whether the word right after the subject (an auxiliary or "also"/"then" aside) is "posted", "posts" or "tweeted".</summary>
    public static bool Posts(string text, Mention subject)
    {
        // Runs for every sentence subject: read the next words in place rather than splitting a substring.
        var rest = text.AsSpan(subject.End, Math.Min(text.Length, subject.End + Reach) - subject.End);
        var word = NextWord(ref rest);
        if (word is "has" or "have" or "had" or "also" or "then")
        {
            word = NextWord(ref rest);
        }

        return word.TrimEnd(".;:") is "posted" or "posts" or "tweeted" or "tweets";
    }

    /// <summary>The next run of characters between spaces and commas, advancing <paramref name="rest"/> past it.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(" ,");
        var end = rest.IndexOfAny(' ', ',');
        var word = end < 0 ? rest : rest[..end];
        rest = rest[word.Length..];
        return word;
    }
}
