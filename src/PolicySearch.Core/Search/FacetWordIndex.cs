using System.Text;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Search;

/// <summary>
/// The words of one dimension's values, folded as the text analyzer folds letters (case and diacritics), sorted so
/// that the values having a word that starts with a prefix are one binary search and a contiguous run away
/// (<c>ra</c> → "Bruce Rauner", "Raymond López"). Built once when the index opens: at 10,000 speakers a few tens of
/// thousands of entries, so a type-ahead keystroke scans no value strings.
/// </summary>
internal sealed class FacetWordIndex
{
    private readonly string[] _words;
    private readonly int[] _ordinals;
    private readonly string[] _foldedValues;

    private FacetWordIndex(string[] words, int[] ordinals, string[] foldedValues)
    {
        (_words, _ordinals, _foldedValues) = (words, ordinals, foldedValues);
    }

    public int ValueCount => _foldedValues.Length;

    public static FacetWordIndex Build(FacetColumn column)
    {
        var folded = column.Values.Select(Normalize).ToArray();
        var entries = new List<(string Word, int Ordinal)>();
        for (var ordinal = 0; ordinal < folded.Length; ordinal++)
        {
            foreach (var word in folded[ordinal].Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
            {
                entries.Add((word, ordinal));
            }
        }

        entries.Sort((a, b) => a.Word != b.Word ? string.CompareOrdinal(a.Word, b.Word) : a.Ordinal.CompareTo(b.Ordinal));
        return new FacetWordIndex([.. entries.Select(e => e.Word)], [.. entries.Select(e => e.Ordinal)], folded);
    }

    /// <summary>
    /// The ordinals of the values having a word that starts with <paramref name="prefix"/>; a prefix of several words
    /// must match consecutive words, the last one as a prefix (<c>bruce ra</c>). An empty prefix matches every value.
    /// </summary>
    public IEnumerable<int> Find(string? prefix)
    {
        var needle = Normalize(prefix ?? "");
        if (needle.Length == 0)
        {
            for (var ordinal = 0; ordinal < _foldedValues.Length; ordinal++)
            {
                yield return ordinal;
            }

            yield break;
        }

        var space = needle.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? needle : needle[..space];
        var seen = new HashSet<int>();
        for (var i = LowerBound(first); i < _words.Length && _words[i].StartsWith(first, StringComparison.Ordinal); i++)
        {
            var ordinal = _ordinals[i];
            if ((space < 0 || (" " + _foldedValues[ordinal]).Contains(" " + needle, StringComparison.Ordinal)) && seen.Add(ordinal))
            {
                yield return ordinal;
            }
        }
    }

    private int LowerBound(string word)
    {
        int low = 0, high = _words.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(_words[middle], word) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Folded (lower case, no diacritics) words separated by one space: "Raymond  López!" → "raymond lopez".</summary>
    internal static string Normalize(string value)
    {
        var folded = new StringBuilder(value.Length);
        TextAnalyzer.AppendFolded(folded, value.AsSpan());
        var words = new StringBuilder(folded.Length);
        var inWord = false;
        foreach (var rune in folded.ToString().EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (!inWord && words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(rune.ToString());
                inWord = true;
            }
            else if (rune.Value is not ('\'' or '\u2019'))
            {
                inWord = false; // an apostrophe joins (O'Malley → omalley); anything else separates
            }
        }

        return words.ToString();
    }
}
