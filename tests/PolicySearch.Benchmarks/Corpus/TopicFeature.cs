namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// A term or phrase whose document frequency the generator controls, so that query hit counts scale
/// with the corpus as they did in the Lucene/FTS5 measurements. <paramref name="Forms"/> are surface
/// variants with one stem, drawn uniformly (repeat a form to weight it). <paramref name="Topical"/>
/// features cluster in topic paragraphs, which correlates them the way real reporting does
/// (Rauner AND Trump).
/// </summary>
internal sealed record TopicFeature(string[] Forms, double DocumentFrequency, bool Topical)
{
    public string Canonical => Forms[0];

    public string[] Words => Canonical.Split(' ');

    public bool IsPhrase => Words.Length > 1;
}
