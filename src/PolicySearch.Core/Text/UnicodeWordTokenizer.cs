using Lucene.Net.Analysis.Util;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Text;

/// <summary>
/// Runs of letters and digits, as SQLite FTS5's <c>unicode61</c> finds them, through Lucene.Net.Analysis.Common's
/// <c>CharTokenizer</c> (code points, offsets, buffering, and words cut at 255 characters, so that no term ever
/// exceeds what <c>IndexWriter</c> accepts). A token character is a letter, a digit or a combining diacritic
/// (<see cref="TokenCharacters"/>); FTS5 lets a diacritic only continue a word, so a run that starts with one is
/// trimmed by the folding filter, which drops diacritics, and a run of diacritics alone becomes an empty term that
/// the analyzer's length filter removes.
/// </summary>
public sealed class UnicodeWordTokenizer(TextReader input) : CharTokenizer(IndexFields.Version, input)
{
    /// <summary>An unpaired surrogate (which <c>CharTokenizer</c> hands over as is) separates, as the U+FFFD it is in FTS5.</summary>
    protected override bool IsTokenChar(int c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9
            : c is < 0xD800 or > 0xDFFF && (TokenCharacters.IsTokenCharacter(c) || TokenCharacters.IsFoldedDiacritic(c));
}
