namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// "ICE posted a photo on social media …", "The mayor tweeted Monday": whoever posts. A later "the post read" or "the tweet
/// said" is that poster's.
/// </summary>
internal static class Posters
{
    /// <summary>Whether the word right after the subject (an auxiliary or "also"/"then" aside) is "posted", "posts" or "tweeted".</summary>
    public static bool Posts(string text, Mention subject)
    {
        var end = Math.Min(text.Length, subject.End + 40);
        var words = text[subject.End..end].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var k = 0;
        if (k < words.Length && words[k] is "has" or "have" or "had" or "also" or "then")
        {
            k++;
        }

        return k < words.Length && words[k].TrimEnd('.', ';', ':') is "posted" or "posts" or "tweeted" or "tweets";
    }
}
