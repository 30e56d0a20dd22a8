namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Attributions that the following paragraphs settle, applied once the whole article has been read: a quote
/// attributed at the end of the next paragraph, an unnamed official the next paragraph names, and a body
/// introduced indefinitely ("a police department in Ohio") that the next paragraphs name.
/// </summary>
internal static class ForwardReferences
{
    /// <summary>
    /// A quote that opens in one paragraph and is attributed at the end of the next ('"We cannot let fear win. /
    /// "That is how we survive," he said.') belongs to the speaker of the paragraph that closes it.
    /// </summary>
    public static void ResolveQuotesAttributedLater(IReadOnlyList<string> paragraphs, IReadOnlyList<ParagraphKind> kinds, List<Entity>[] results)
    {
        for (var i = paragraphs.Count - 2; i >= 0; i--)
        {
            if (kinds[i] == ParagraphKind.Content && results[i].Count == 0 && kinds[i + 1] == ParagraphKind.Content
                && results[i + 1].Count > 0 && QuoteMap.StartsWithQuoteIn(paragraphs[i + 1]) && QuoteMap.EndsOpenIn(paragraphs[i]))
            {
                results[i].AddRange(results[i + 1]);
            }
        }
    }

    /// <summary>
    /// "A Justice Department official was critical." followed by '"…," DOJ spokesman Ed O'Brilley told…': the
    /// unnamed official of the lead-in is the spokesperson the next paragraph names, when that person speaks for
    /// the same body. Otherwise the body stays the speaker ("the official continued" names nobody).
    /// </summary>
    public static void ResolveLaterNamedOfficials(List<(int Paragraph, Entity Body)> officials, List<Entity>[] results)
    {
        foreach (var (paragraph, body) in officials)
        {
            var next = Enumerable.Range(paragraph + 1, Math.Max(0, Math.Min(1, results.Length - paragraph - 1)))
                .SelectMany(i => results[i])
                .FirstOrDefault(e => e.Kind == EntityKind.Person && e.Affiliation == body);
            var at = results[paragraph].IndexOf(body);
            if (next is not null && at >= 0)
            {
                results[paragraph][at] = next;
            }
        }
    }

    /// <summary>"A police department in Ohio has vowed…" is credited to the body the next paragraphs name.</summary>
    public static void ResolveLaterNamedBodies(List<(int Paragraph, string Head)> pending, List<Entity>[] bodies, List<Entity>[] results)
    {
        foreach (var (paragraph, head) in pending)
        {
            var named = Enumerable.Range(paragraph, Math.Min(3, bodies.Length - paragraph))
                .SelectMany(i => bodies[i])
                .FirstOrDefault(b => b.Name.EndsWith(head, StringComparison.OrdinalIgnoreCase)
                    || b.Name.Contains(head, StringComparison.OrdinalIgnoreCase));
            if (named is not null && !results[paragraph].Contains(named))
            {
                results[paragraph].Insert(0, named);
            }
        }
    }
}
