using PolicySearch.Core.Analysis;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Indexing;

/// <summary>
/// Builds the search structures alongside the analysis (see <see cref="ArticleAnalyzer"/>'s side job):
/// each article's content paragraphs are tokenized into term ids in the parallel stage (<see cref="Tokenize"/>),
/// and their postings and facets are added in document order as drafts complete (<see cref="Add"/>), so the
/// serial work left is the postings' counting sort. Only the speakers wait for the corpus-wide canonical names
/// (<see cref="Build"/>).
/// </summary>
internal sealed class SearchIndexFeed
{
    private readonly TermDictionary _terms = new();
    private readonly SearchIndexBuilder _builder;

    public SearchIndexFeed() => _builder = new SearchIndexBuilder(_terms);

    /// <summary>The term ids of the draft's content paragraphs, in order; safe to call from several threads at once.</summary>
    public int[][] Tokenize(ArticleDraft draft)
    {
        var content = new List<string>(draft.Paragraphs.Count);
        for (var i = 0; i < draft.Paragraphs.Count; i++)
        {
            if (draft.Kinds[i].Kind == ParagraphKind.Content)
            {
                content.Add(draft.Paragraphs[i]);
            }
        }

        return _terms.TermIds(content);
    }

    /// <summary>Adds the draft's content paragraphs as the next documents; drafts must come in input order.</summary>
    public void Add(ArticleDraft draft, int[][] termIds)
    {
        var article = draft.Article;
        var next = 0;
        for (var i = 0; i < draft.Paragraphs.Count; i++)
        {
            if (draft.Kinds[i].Kind == ParagraphKind.Content)
            {
                var stance = (draft.Stances[i]?.Stance ?? Stance.Neutral).ToName();
                _builder.AddTokens(termIds[next++], article.Outlet, article.Year, stance, article.Date);
            }
        }
    }

    /// <summary>Adds the canonical speakers of every content paragraph added, in the same order, and builds the index.</summary>
    public SearchIndex Build(IReadOnlyList<AnalyzedArticle> analyzed)
    {
        foreach (var (_, paragraphs) in analyzed)
        {
            foreach (var paragraph in paragraphs)
            {
                if (paragraph.Kind == ParagraphKind.Content)
                {
                    _builder.AddSpeakers(paragraph.Speakers);
                }
            }
        }

        return _builder.Build();
    }
}
