using System.Collections.Frozen;
using System.Text;

namespace PolicySearch.Core.Text;

/// <summary>
/// Folds one token character the way FTS5's <c>unicode61 remove_diacritics 2</c> does: lower-case it,
/// then replace a Latin letter carrying diacritics by its bare ASCII letter (é → e, ǖ → u, ſ → s), and drop
/// combining diacritics. Letters without a diacritic decomposition (ø, ß, ł, æ) stay as they are.
/// </summary>
public static class CharacterFolding
{
    /// <summary>Returned by <see cref="Fold"/> for a character that disappears (a combining diacritic).</summary>
    public const int Dropped = 0;

    // The lower-case letters FTS5 folds to each ASCII letter. This is Unicode decomposition data
    // (letter + combining marks → base letter), listed per base letter so it can be read and checked;
    // the exhaustive oracle test compares every BMP code point with FTS5.
    private static readonly Dictionary<char, string> LettersByBase = new()
    {
        ['a'] = "àáâãäåāăąǎǟǻȁȃȧḁạảấầẩẫậắằẳẵặ",
        ['b'] = "ḃḅḇ",
        ['c'] = "çćĉċčḉ",
        ['d'] = "ďḋḍḏḑḓ",
        ['e'] = "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ",
        ['f'] = "ḟ",
        ['g'] = "ĝğġģǧǵḡ",
        ['h'] = "ĥȟḣḥḧḩḫẖ",
        ['i'] = "ìíîïĩīĭįİǐȉȋḭḯỉị",
        ['j'] = "ĵǰ",
        ['k'] = "ķǩḱḳḵ",
        ['l'] = "ĺļľḷḹḻḽ",
        ['m'] = "ḿṁṃ",
        ['n'] = "ñńņňǹṅṇṉṋ",
        ['o'] = "òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ",
        ['p'] = "ṕṗ",
        ['r'] = "ŕŗřȑȓṙṛṝṟ",
        ['s'] = "śŝşšſșṡṣṥṧṩẛ",
        ['t'] = "ţťțṫṭṯṱẗ",
        ['u'] = "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự",
        ['v'] = "ṽṿ",
        ['w'] = "ŵẁẃẅẇẉẘ",
        ['x'] = "ẋẍ",
        ['y'] = "ýÿŷȳẏẙỳỵỷỹ",
        ['z'] = "źżžẑẓẕ",
    };

    // Case folding (Unicode CaseFolding.txt) differs from lower-casing for these Greek variant letters and
    // the micro sign; FTS5 folds, .NET only lower-cases, so they are mapped here.
    private static readonly FrozenDictionary<char, char> CaseFoldingExtras = new Dictionary<char, char>
    {
        ['\u00B5'] = '\u03BC', // micro sign → mu
        ['\u03C2'] = '\u03C3', // final sigma → sigma
        ['\u03D0'] = '\u03B2',
        ['\u03D1'] = '\u03B8',
        ['\u03D5'] = '\u03C6',
        ['\u03D6'] = '\u03C0',
        ['\u03F0'] = '\u03BA',
        ['\u03F1'] = '\u03C1',
        ['\u03F5'] = '\u03B5',
        ['\u1FBE'] = '\u03B9',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> BaseLetters = LettersByBase
        .SelectMany(entry => entry.Value.Select(letter => KeyValuePair.Create(letter, entry.Key)))
        .ToFrozenDictionary();

    /// <summary>The folded code point, or <see cref="Dropped"/>.</summary>
    public static int Fold(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return (uint)(codePoint - 'A') <= 'Z' - 'A' ? codePoint + ('a' - 'A') : codePoint;
        }

        if (codePoint > 0xFFFF)
        {
            // FTS5's tables fold only the Deseret capitals outside the BMP.
            return codePoint is >= 0x10400 and < 0x10428 ? codePoint + 40 : codePoint;
        }

        if (TokenCharacters.IsFoldedDiacritic(codePoint))
        {
            return Dropped;
        }

        var lower = char.ToLowerInvariant((char)codePoint);
        if (CaseFoldingExtras.TryGetValue(lower, out var folded))
        {
            lower = folded;
        }

        return BaseLetters.TryGetValue(lower, out var bare) ? bare : lower;
    }

    /// <summary>Appends the UTF-16 form of a folded code point.</summary>
    internal static void Append(StringBuilder builder, int codePoint)
    {
        if (codePoint <= 0xFFFF)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            builder.Append(new Rune(codePoint).ToString());
        }
    }
}
