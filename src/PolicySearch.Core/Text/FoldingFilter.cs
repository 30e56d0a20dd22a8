using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Core.Text;

/// <summary>
/// Lower-cases a token and removes its diacritics exactly as FTS5's <c>remove_diacritics 2</c> does
/// (<see cref="CharacterFolding"/>). Ours because Lucene's <c>LowerCaseFilter</c> + <c>ASCIIFoldingFilter</c>
/// fold more than FTS5 (ø → o, ß → ss, æ → ae, ① → 1, and supplementary-plane capitals), so the FTS5 oracle
/// would no longer hold.
/// </summary>
public sealed class FoldingFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly StringBuilder _folded = new();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var ascii = true;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c >= 0x80)
            {
                ascii = false;
                break;
            }

            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                buffer[i] = (char)(c + ('a' - 'A'));
            }
        }

        if (!ascii)
        {
            _folded.Clear();
            TextAnalyzer.AppendFolded(_folded, buffer.AsSpan(0, length));
            _term.SetEmpty().Append(_folded);
        }

        return true;
    }
}
