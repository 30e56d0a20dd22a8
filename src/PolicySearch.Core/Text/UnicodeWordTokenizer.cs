using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Core.Text;

/// <summary>
/// Lucene's view of <see cref="Tokenizer"/>: runs of letters and digits as SQLite FTS5's <c>unicode61</c>
/// finds them, with UTF-16 offsets. Ours because no Lucene tokenizer has FTS5's rule: a token starts at a letter
/// or digit and then also runs over combining diacritics (which the folding filter drops), while
/// <c>CharTokenizer</c> has one predicate for both, and <c>StandardTokenizer</c> splits on UAX#29 word breaks
/// (keeping "U.S." or "48-hour" whole).
/// </summary>
public sealed class UnicodeWordTokenizer : Lucene.Net.Analysis.Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    // The whole field value, read into a buffer this tokenizer keeps from document to document.
    private char[] _chars = new char[1024];
    private int _length;
    private int _next;

    public UnicodeWordTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!Tokenizer.Next(_chars.AsSpan(0, _length), ref _next, out var start, out var end))
        {
            return false;
        }

        _term.CopyBuffer(_chars, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    /// <summary>Reads the whole field value: paragraphs are short, and the token rule looks at code points, not buffers.</summary>
    public override void Reset()
    {
        base.Reset();
        _length = 0;
        _next = 0;
        int read;
        while ((read = m_input.Read(_chars, _length, _chars.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _chars.Length)
            {
                Array.Resize(ref _chars, _chars.Length * 2);
            }
        }
    }
}
