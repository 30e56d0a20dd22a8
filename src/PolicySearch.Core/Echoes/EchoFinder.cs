namespace PolicySearch.Core.Echoes;

/// <summary>A paragraph of an echo group: its document ordinal, and whether it carries the words inside quotation marks.</summary>
public readonly record struct EchoMember(int Ordinal, bool Quoted);

/// <summary>Paragraphs of different articles that carry the same quotation; <see cref="Quotation"/> is its longest quoted form.</summary>
public sealed record EchoGroup(IReadOnlyList<EchoMember> Members, string Quotation);

/// <summary>The tuning of <see cref="EchoFinder"/>, measured on the labelled pairs of the seeds and the development set.</summary>
public sealed record EchoOptions
{
    /// <summary>Words per shingle: a quotation shorter than this has none and is not matched.</summary>
    public int ShingleSize { get; init; } = 8;

    /// <summary>Shingles a paragraph must share with a quotation (or all of them, for a quotation with fewer).</summary>
    public int MinSharedShingles { get; init; } = 3;

    /// <summary>A shingle quoted in more paragraphs than this is a stock phrase, not one quotation: it is skipped.</summary>
    public int MaxQuotationsPerShingle { get; init; } = 200;

    public static EchoOptions Default { get; } = new();
}

/// <summary>
/// Finds quotation echoes at index time, in time linear in the corpus: (1) every paragraph's quotations become
/// word shingles (<see cref="QuotationText"/>), posted in one hash table shingle → quotations; (2) every paragraph's
/// whole text is shingled and looked up there, counting per quotation of another article the shingles it shares;
/// a paragraph sharing enough of a quotation carries it: quoted, when the shared shingles lie in one of its own
/// quotations (the two quotations are joined), or without quotation marks otherwise. Groups are the joined
/// quotations with the paragraphs that carry them, kept when they span two articles or more. Comparing shingles,
/// not whole quotations, is what ignores a few words of difference at a quotation's ends; folding ignores case and
/// punctuation. Both passes run on every core; the result does not depend on the machine.
/// </summary>
public static class EchoFinder
{
    public static List<EchoGroup> Find(int count, Func<int, int> articleOf, Func<int, string> textOf, EchoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articleOf);
        ArgumentNullException.ThrowIfNull(textOf);
        options ??= EchoOptions.Default;
        var size = options.ShingleSize;

        // Pass 1: every paragraph's quotations (character ranges) and their distinct shingles.
        var quotations = new Quotation[]?[count];
        Parallel.For(0, count, p =>
        {
            var (words, ranges) = QuotationText.Read(textOf(p));
            if (ranges.Count == 0)
            {
                return;
            }

            var shingles = ranges.Select(_ => new HashSet<ulong>()).ToArray();
            foreach (var (hash, quotation) in QuotationText.Shingles(words, size))
            {
                if (quotation >= 0)
                {
                    shingles[quotation].Add(hash);
                }
            }

            quotations[p] = [.. ranges.Select((range, q) => new Quotation(range.Start, range.End, [.. shingles[q].Order()]))];
        });

        // The postings, shingle → quotations ("spans", numbered across the corpus), as linked lists in two arrays.
        var spanParagraph = new List<int>();
        var spanLocal = new List<int>();
        var firstSpan = new int[count];
        var postings = new Dictionary<ulong, (int First, int Count)>();
        var next = new List<int>();
        var spanOf = new List<int>();
        for (var p = 0; p < count; p++)
        {
            firstSpan[p] = spanParagraph.Count;
            var local = 0;
            foreach (var quotation in quotations[p] ?? [])
            {
                var span = spanParagraph.Count;
                spanParagraph.Add(p);
                spanLocal.Add(local++);
                foreach (var hash in quotation.Shingles)
                {
                    var head = postings.GetValueOrDefault(hash);
                    next.Add(head.Count == 0 ? -1 : head.First);
                    spanOf.Add(span);
                    postings[hash] = (spanOf.Count - 1, head.Count + 1);
                }
            }
        }

        if (postings.Count == 0)
        {
            return [];
        }

        var threshold = spanParagraph.Select((p, s) => Math.Min(options.MinSharedShingles, quotations[p]![spanLocal[s]].Shingles.Length)).ToArray();
        var spanArticle = spanParagraph.Select(articleOf).ToArray();

        // Pass 2: every paragraph's whole text against the quotations of other articles.
        var found = new List<(int Span, int Own)>?[count];
        Parallel.For(0, count, () => new Scratch(), (p, _, scratch) =>
        {
            scratch.Clear();
            var (words, _) = QuotationText.Read(textOf(p));
            var article = articleOf(p);
            foreach (var (hash, quotation) in QuotationText.Shingles(words, size))
            {
                if (!scratch.Seen.Add(hash) || !postings.TryGetValue(hash, out var head) || head.Count > options.MaxQuotationsPerShingle)
                {
                    continue;
                }

                for (var posting = head.First; posting >= 0; posting = next[posting])
                {
                    var span = spanOf[posting];
                    if (spanArticle[span] == article)
                    {
                        continue;
                    }

                    scratch.Shared[span] = scratch.Shared.GetValueOrDefault(span) + 1;
                    if (quotation >= 0)
                    {
                        var key = (span, firstSpan[p] + quotation);
                        scratch.SharedQuoted[key] = scratch.SharedQuoted.GetValueOrDefault(key) + 1;
                    }
                }
            }

            List<(int, int)>? links = null;
            foreach (var (span, shared) in scratch.Shared)
            {
                if (shared >= threshold[span])
                {
                    var own = scratch.SharedQuoted.Where(e => e.Key.Span == span && e.Value >= threshold[span])
                        .Select(e => e.Key.Own).DefaultIfEmpty(-1).Min();
                    (links ??= []).Add((span, own));
                }
            }

            links?.Sort();
            found[p] = links;
            return scratch;
        }, _ => { });

        return Group(count, found, spanParagraph, spanLocal, quotations, articleOf, textOf);
    }

    private static List<EchoGroup> Group(
        int count, List<(int Span, int Own)>?[] found, List<int> spanParagraph, List<int> spanLocal,
        Quotation[]?[] quotations, Func<int, int> articleOf, Func<int, string> textOf)
    {
        var parent = Enumerable.Range(0, spanParagraph.Count).ToArray();
        int Root(int s)
        {
            while (parent[s] != s)
            {
                parent[s] = parent[parent[s]];
                s = parent[s];
            }

            return s;
        }

        var attached = new List<(int Span, int Paragraph)>();
        var linked = new SortedSet<int>();
        for (var p = 0; p < count; p++)
        {
            foreach (var (span, own) in found[p] ?? [])
            {
                linked.Add(span);
                if (own >= 0)
                {
                    var (a, b) = (Root(span), Root(own));
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                    linked.Add(own);
                }
                else
                {
                    attached.Add((span, p));
                }
            }
        }

        var members = new SortedDictionary<int, SortedDictionary<int, bool>>();
        var longest = new Dictionary<int, (int Paragraph, int Start, int End)>();
        foreach (var span in linked)
        {
            var root = Root(span);
            var paragraph = spanParagraph[span];
            Add(root, paragraph, quoted: true);
            var quotation = quotations[paragraph]![spanLocal[span]];
            if (!longest.TryGetValue(root, out var best) || quotation.End - quotation.Start > best.End - best.Start)
            {
                longest[root] = (paragraph, quotation.Start, quotation.End);
            }
        }

        foreach (var (span, paragraph) in attached)
        {
            Add(Root(span), paragraph, quoted: false);
        }

        var groups = new List<EchoGroup>();
        foreach (var (root, paragraphs) in members)
        {
            if (paragraphs.Keys.Select(articleOf).Distinct().Count() < 2)
            {
                continue;
            }

            var (source, start, end) = longest[root];
            var text = textOf(source);
            var quotationText = text[start..Math.Min(end, text.Length)].Trim().TrimEnd(',', '.', ' ');
            groups.Add(new EchoGroup(
                [.. paragraphs.Select(m => new EchoMember(m.Key, m.Value))],
                quotationText.Length > 600 ? quotationText[..600] + "…" : quotationText));
        }

        return [.. groups.OrderBy(g => g.Members[0].Ordinal).ThenBy(g => g.Members.Count)];

        void Add(int root, int paragraph, bool quoted)
        {
            if (!members.TryGetValue(root, out var set))
            {
                members[root] = set = [];
            }

            set[paragraph] = set.GetValueOrDefault(paragraph) || quoted;
        }
    }

    private sealed record Quotation(int Start, int End, ulong[] Shingles);

    private sealed class Scratch
    {
        public HashSet<ulong> Seen { get; } = [];

        public Dictionary<int, int> Shared { get; } = [];

        public Dictionary<(int Span, int Own), int> SharedQuoted { get; } = [];

        public void Clear()
        {
            Seen.Clear();
            Shared.Clear();
            SharedQuoted.Clear();
        }
    }
}
