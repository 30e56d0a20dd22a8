using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Core.Text;

/// <summary>
/// Porter-stems each folded token with <see cref="PorterStemmer"/>, FTS5's variant. Ours because Lucene's
/// <c>PorterStemFilter</c> stems differently on short words and UTF-8 lengths (measured against FTS5: "eed" → "eed"
/// not "e", "sses" → "ss" not "sse", "ies" → "i" not "ie", "straße" unstemmed), which would break the FTS5 oracle.
/// </summary>
public sealed class Fts5PorterStemFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly byte[] _bytes = new byte[PorterStemmer.MaximumLength + 1];

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var chars = _term.Buffer.AsSpan(0, _term.Length);
        if (chars.Length > PorterStemmer.MaximumLength)
        {
            return true;
        }

        var byteCount = Encoding.UTF8.GetByteCount(chars);
        if (byteCount is < PorterStemmer.MinimumLength or > PorterStemmer.MaximumLength)
        {
            return true;
        }

        var length = Encoding.UTF8.GetBytes(chars, _bytes);
        var stemmed = _bytes.AsSpan(0, PorterStemmer.Stem(_bytes, length));
        if (Ascii.IsValid(stemmed) && stemmed.Length <= chars.Length)
        {
            // The common case, an ASCII word: the stem is a prefix-length rewrite, copied back in place.
            for (var i = 0; i < stemmed.Length; i++)
            {
                _term.Buffer[i] = (char)stemmed[i];
            }

            _term.Length = stemmed.Length;
        }
        else
        {
            _term.SetEmpty().Append(Encoding.UTF8.GetString(stemmed));
        }

        return true;
    }
}
