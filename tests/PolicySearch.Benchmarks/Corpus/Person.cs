namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// Someone the articles quote: introduced by title and full name, then by last name or pronoun, which
/// is what the speaker analysis has to resolve.
/// </summary>
internal sealed record Person(string Title, string First, string Last, bool Female)
{
    public string FirstMention => Title.Length == 0 ? $"{First} {Last}" : $"{Title} {First} {Last}";

    public string Pronoun => Female ? "she" : "he";
}
