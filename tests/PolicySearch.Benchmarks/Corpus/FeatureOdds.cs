namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// Turns a feature's target document frequency into the chance of inserting it on its own, in a topic
/// paragraph and in any other: a term's phrases already bring it into some paragraphs ("detainer warrant"
/// holds "detainer"), and topical features are denser in topic paragraphs at the same overall rate.
/// </summary>
internal sealed record FeatureOdds(TopicFeature Feature, double InTopic, double Elsewhere)
{
    public double For(bool topicParagraph) => topicParagraph ? InTopic : Elsewhere;

    public static IReadOnlyList<FeatureOdds> ForAll()
    {
        var odds = new List<FeatureOdds>();
        foreach (var phrase in TopicVocabulary.Phrases)
        {
            odds.Add(Spread(phrase, phrase.DocumentFrequency));
        }

        foreach (var term in TopicVocabulary.Terms)
        {
            // P(term) = 1 - (1 - alone) * prod(1 - phrase) for the phrases containing the term's word.
            var missedByPhrases = TopicVocabulary.Phrases
                .Where(p => p.Words.Contains(term.Canonical, StringComparer.OrdinalIgnoreCase))
                .Aggregate(1.0, (product, p) => product * (1 - p.DocumentFrequency));
            var alone = Math.Max(0, 1 - ((1 - term.DocumentFrequency) / missedByPhrases));
            odds.Add(Spread(term, alone));
        }

        return odds;
    }

    private static FeatureOdds Spread(TopicFeature feature, double rate)
    {
        if (!feature.Topical)
        {
            return new FeatureOdds(feature, rate, rate);
        }

        const double share = TopicVocabulary.TopicParagraphShare;
        var inTopic = Math.Min(0.9, rate * TopicVocabulary.TopicBoost);
        var elsewhere = Math.Max(0, (rate - (share * inTopic)) / (1 - share));
        return new FeatureOdds(feature, inTopic, elsewhere);
    }
}
