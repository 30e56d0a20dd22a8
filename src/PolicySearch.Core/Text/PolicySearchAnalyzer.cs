using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Text;

/// <summary>
/// The one Lucene analyzer of the index and of queries: runs of letters and digits (<see cref="UnicodeWordTokenizer"/>,
/// a Lucene.Net.Analysis.Common <c>CharTokenizer</c>), lower-cased and diacritic-free (<see cref="FoldingFilter"/>),
/// empty terms dropped (Analysis.Common's <c>LengthFilter</c>), Porter-stemmed as FTS5 stems (<see cref="Fts5PorterStemFilter"/>).
/// Its terms equal SQLite FTS5's
/// <c>porter unicode61 remove_diacritics 2</c>, token for token: the FTS5 oracle tests prove it. No stop words,
/// so every word of a phrase counts. Thread-safe (Lucene keeps one token stream per thread and field).
/// </summary>
public sealed class PolicySearchAnalyzer : Analyzer
{
    public static PolicySearchAnalyzer Shared { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new UnicodeWordTokenizer(reader);
        TokenStream stream = new FoldingFilter(tokenizer);
        stream = new LengthFilter(IndexFields.Version, stream, 1, int.MaxValue);
        stream = new Fts5PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
