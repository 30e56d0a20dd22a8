using System.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Core.Text;

/// <summary>
/// Text → index terms through <see cref="PolicySearchAnalyzer"/>, for the code that needs terms outside Lucene's
/// own indexing and querying: the query parser, the highlighter and the tests. Documents and queries go through
/// the same analyzer, so "Detainers" finds "detainer" and "Lopez" finds "López". Positions are token ordinals.
/// </summary>
public static class TextAnalyzer
{
    /// <summary>The Lucene field every paragraph's text is indexed in.</summary>
    public const string TextField = "text";

    /// <summary>Every token of <paramref name="text"/> in order, with its source range.</summary>
    public static List<AnalyzedToken> Analyze(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = PolicySearchAnalyzer.Shared.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    /// <summary>The terms of <paramref name="text"/> in order.</summary>
    public static List<string> Terms(string text) => [.. Analyze(text).Select(token => token.Term)];

    /// <summary>Appends the folded (lower-cased, diacritic-free) form of a raw token.</summary>
    internal static void AppendFolded(StringBuilder folded, ReadOnlySpan<char> rawToken)
    {
        for (var i = 0; i < rawToken.Length;)
        {
            // An unpaired surrogate decodes as U+FFFD, one unit wide.
            Rune.DecodeFromUtf16(rawToken[i..], out var rune, out var width);
            var foldedCodePoint = CharacterFolding.Fold(rune.Value);
            if (foldedCodePoint != CharacterFolding.Dropped)
            {
                CharacterFolding.Append(folded, foldedCodePoint);
            }

            i += width;
        }
    }

    /// <summary>The folded (lower-cased, diacritic-free) but unstemmed form of a raw token.</summary>
    public static string Fold(ReadOnlySpan<char> rawToken)
    {
        var folded = new StringBuilder(rawToken.Length);
        AppendFolded(folded, rawToken);
        return folded.ToString();
    }
}
