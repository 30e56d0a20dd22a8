namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// "The Department of Justice filed a federal lawsuit …": whoever files suit. The suit's words are then the filer's
/// ("The suit alleges …" speaks for the Department of Justice) when the filer is a body; people who file are plaintiffs
/// whose suit is not their own speech (the gold makes them optional), so a person filing leaves "the suit" to nobody.
/// "X sued Y" is left out: it often reports other, earlier suits ("sued them in separate lawsuits").
/// </summary>
internal static class LawsuitFilers
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> SuitNouns = new(StringComparer.OrdinalIgnoreCase) { "suit", "lawsuit", "complaint" };

    /// <summary>Whether the words right after the subject say it filed suit ("filed a federal lawsuit", "has filed suit").</summary>
    public static bool FilesSuit(string text, Mention subject)
    {
        var end = Math.Min(text.Length, subject.End + 80);
        var words = text[subject.End..end].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        // "Sheriff Ann Holt and Sheriff Bo Park filed": a partner joined by "and" files too.
        var k = 0;
        if (k < words.Length && words[k] == "and")
        {
            k++;
            while (k < words.Length && k <= MaxWords && char.IsUpper(words[k][0]))
            {
                k++;
            }
        }

        if (k < words.Length && words[k] is "has" or "have" or "had" or "also" or "then" or "on")
        {
            k++;
        }

        if (k >= words.Length)
        {
            return false;
        }

        if (words[k] is not ("filed" or "files" or "brought"))
        {
            return false;
        }

        for (var j = k + 1; j < words.Length && j <= k + MaxWords; j++)
        {
            if (SuitNouns.Contains(words[j].TrimEnd('.', ';', ':')))
            {
                return true;
            }
        }

        return false;
    }
}
