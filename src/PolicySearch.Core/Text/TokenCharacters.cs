using System.Globalization;
using System.Text;

namespace PolicySearch.Core.Text;

/// <summary>
/// Which characters make up tokens, following SQLite FTS5's <c>unicode61</c> tokenizer (the oracle):
/// a token is a run of characters in the Unicode categories L*, N* and Co; everything else separates
/// (spaces, punctuation, apostrophes, hyphens, curly quotes, dashes, symbols, emoji). Inside a token,
/// the combining diacritics that FTS5 folds away also continue the token, so a decomposed "e&#x301;"
/// stays one word. Categories come from .NET's Unicode tables, which are newer than FTS5's: the few
/// characters assigned or re-categorised since then are the only known differences (see the oracle test).
/// </summary>
public static class TokenCharacters
{
    /// <summary>True when <paramref name="codePoint"/> can start or continue a token.</summary>
    public static bool IsTokenCharacter(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return (uint)(codePoint - 'a') <= 'z' - 'a' || (uint)(codePoint - 'A') <= 'Z' - 'A' || (uint)(codePoint - '0') <= 9;
        }

        var category = Rune.GetUnicodeCategory(new Rune(codePoint));
        return category <= UnicodeCategory.OtherLetter
            || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            || category == UnicodeCategory.PrivateUse;
    }

    /// <summary>
    /// True for the combining marks U+0300–U+0331 that FTS5 treats as diacritics: they continue a token
    /// (but cannot start one) and are dropped when folding.
    /// </summary>
    public static bool IsFoldedDiacritic(int codePoint)
    {
        const uint first32 = 0x08029FDF; // U+0300..U+031F: grave, acute, circumflex, tilde, macron, breve, dot, diaeresis…
        const uint next18 = 0x000361F8;  // U+0320..U+0331: dot below, cedilla, ogonek, circumflex/tilde/macron below…
        var offset = codePoint - 0x300;
        return offset switch
        {
            < 0 or > 0x31 => false,
            < 32 => (first32 & (1u << offset)) != 0,
            _ => (next18 & (1u << (offset - 32))) != 0,
        };
    }
}
