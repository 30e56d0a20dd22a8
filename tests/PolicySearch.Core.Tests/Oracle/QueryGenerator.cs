using PolicySearch.Core.Text;

namespace PolicySearch.Core.Tests.Oracle;

/// <summary>
/// Generates random queries in our syntax from a corpus's own words (so they match something): terms, phrases
/// and proximity groups cut from real paragraphs, prefixes of real words, combined with AND, OR, NOT, + / −,
/// adjacency and parentheses. Records, for the translator, which surface word produced each analysed term.
/// </summary>
internal sealed class QueryGenerator
{
    private readonly Random _random;
    private readonly List<List<string>> _documents;
    private readonly Dictionary<string, string> _surfaceByTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _surfaceByPrefix = new(StringComparer.Ordinal);

    public QueryGenerator(int seed, IEnumerable<string> paragraphs)
    {
        _random = new Random(seed);
        // Folded surface words: analysable exactly as FTS5 does, never an upper-case operator.
        _documents = [.. paragraphs.Select(FoldedWords).Where(words => words.Count > 0)];
    }

    public IReadOnlyDictionary<string, string> SurfaceByTerm => _surfaceByTerm;

    public IReadOnlyDictionary<string, string> SurfaceByPrefix => _surfaceByPrefix;

    public string Next() => Expression(depth: 0);

    private string Expression(int depth)
    {
        var choice = _random.Next(depth >= 2 ? 4 : 10);
        return choice switch
        {
            0 => Word(),
            1 => Phrase(),
            2 => Near(),
            3 => Prefix(),
            4 => $"({Expression(depth + 1)} AND {Expression(depth + 1)})",
            5 => $"({Expression(depth + 1)} OR {Expression(depth + 1)})",
            6 => $"({Expression(depth + 1)} NOT {Expression(depth + 1)})",
            7 => $"({Expression(depth + 1)} {Expression(depth + 1)})",
            8 => $"(+{Expression(depth + 1)} -{Expression(depth + 1)})",
            _ => $"(+{Expression(depth + 1)} +{Expression(depth + 1)} {Expression(depth + 1)})",
        };
    }

    private string Word() => Record(RandomWord());

    private string Phrase()
    {
        var words = RandomDocument();
        var length = Math.Min(words.Count, _random.Next(2, 4));
        var start = _random.Next(words.Count - length + 1);
        return $"\"{string.Join(' ', words.Skip(start).Take(length).Select(Record))}\"";
    }

    /// <summary>Two distinct words of one paragraph, up to 6 positions apart, in either order.</summary>
    private string Near()
    {
        var words = RandomDocument();
        var first = _random.Next(words.Count);
        var second = Math.Min(words.Count - 1, first + _random.Next(1, 7));
        if (Term(words[first]) == Term(words[second]))
        {
            return Word();
        }

        var (a, b) = _random.Next(2) == 0 ? (words[first], words[second]) : (words[second], words[first]);
        return $"\"{Record(a)} {Record(b)}\"~{_random.Next(0, 6)}";
    }

    private string Prefix()
    {
        var word = RandomWord();
        if (word.Length < 4 || !word.All(char.IsAsciiLetterOrDigit))
        {
            return Record(word);
        }

        var prefix = word[.._random.Next(3, word.Length)];
        _surfaceByPrefix[Term(prefix)] = prefix;
        return prefix + "*";
    }

    private List<string> RandomDocument() => _documents[_random.Next(_documents.Count)];

    private string RandomWord()
    {
        var words = RandomDocument();
        return words[_random.Next(words.Count)];
    }

    private string Record(string surface)
    {
        _surfaceByTerm[Term(surface)] = surface;
        return surface;
    }

    private static List<string> FoldedWords(string paragraph)
    {
        return [.. TextAnalyzer.Analyze(paragraph).Select(token => TextAnalyzer.Fold(paragraph.AsSpan(token.Start, token.End - token.Start)))];
    }

    /// <summary>The one index term of a raw token.</summary>
    private static string Term(string rawToken) => TextAnalyzer.Terms(rawToken).Single();
}
