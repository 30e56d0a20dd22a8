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
    private string _text = "";
    private char[] _chars = [];
    private int _next;

    public UnicodeWordTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!Tokenizer.Next(_text, ref _next, out var start, out var end))
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
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    /// <summary>Reads the whole field value: paragraphs are short, and the token rule looks at code points, not buffers.</summary>
    public override void Reset()
    {
        base.Reset();
        // Lucene.Net's reusable string reader answers null, not "", for an empty value.
        _text = m_input.ReadToEnd() ?? "";
        _chars = _text.ToCharArray();
        _next = 0;
    }

    protected override void Dispose(bool disposing)
    {
        _text = "";
        _chars = [];
        base.Dispose(disposing);
    }
}
