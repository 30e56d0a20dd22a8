using Lucene.Net.Facet;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Search;

/// <summary>
/// The shape of a Lucene document (one content paragraph) and the settings that writer and searcher must share.
/// <list type="bullet">
/// <item><see cref="Id"/>: <c>{articleId}-{paragraph}</c>, stored and indexed as one exact term;</item>
/// <item><see cref="Text"/>: the paragraph, analysed by <see cref="PolicySearchAnalyzer"/> with positions (not stored:
/// SQLite holds the text, and a hit's highlight re-analyses it);</item>
/// <item><see cref="Date"/>: the article date as a yyyymmdd number in doc values, for sorting;</item>
/// <item><see cref="Title"/>: the article's title, analysed like the text (not stored), for the title boost;</item>
/// <item>the four facets as <c>SortedSetDocValuesFacetField</c>s in <see cref="FacetsConfig.DEFAULT_INDEX_FIELD_NAME"/>
/// (<c>speaker</c> multi-valued), which also index their drill-down terms.</item>
/// </list>
/// Documents are added in the database's content order, so a Lucene document id is the paragraph's rowid in
/// SQLite (see <see cref="Storage.IndexDatabase"/>).
/// </summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Text = TextAnalyzer.TextField;
    public const string Date = "date";
    public const string Title = "title";

    /// <summary>The Lucene field holding the facets' doc values and drill-down terms.</summary>
    public const string Facets = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

    /// <summary>The commit user-data key that names the build, matched against the database's build id.</summary>
    public const string BuildId = "policysearch.build-id";

    /// <summary>Sort key of a document whose article has no date.</summary>
    public const long NoDate = -1;

    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>BM25 with Lucene's defaults (k1 1.2, b 0.75); 4.8's default similarity would be TF-IDF.</summary>
    public static Similarity CreateSimilarity() => new BM25Similarity(1.2f, 0.75f);

    public static FacetsConfig CreateFacetsConfig()
    {
        var config = new FacetsConfig();
        config.SetMultiValued(FacetNames.Speaker, true);
        return config;
    }

    /// <summary>yyyymmdd from "YYYY-MM-DD", "YYYY-MM" or "YYYY" (missing parts as 00), else <see cref="NoDate"/>.</summary>
    public static long DateKey(string? date)
    {
        if (date is null || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), out var year))
        {
            return NoDate;
        }

        var month = date.Length >= 7 && int.TryParse(date.AsSpan(5, 2), out var m) ? m : 0;
        var day = date.Length >= 10 && int.TryParse(date.AsSpan(8, 2), out var d) ? d : 0;
        return (year * 10000L) + (month * 100) + day;
    }
}
