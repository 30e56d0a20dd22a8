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

    /// <summary>The nouns that name a suit ("suit", "lawsuit", "complaint"), any case.</summary>
    internal static readonly HashSet<string> SuitNouns = new(StringComparer.OrdinalIgnoreCase) { "suit", "lawsuit", "complaint" };

    /// <summary>
    /// What a body files: a suit, or a brief in one (an amicus brief is its filer's argument as much as a suit is). Only
    /// after a filing verb: elsewhere "brief" is mostly an adjective ("a brief statement that …").
    /// </summary>
    private static readonly HashSet<string> FiledNouns = new(SuitNouns, StringComparer.OrdinalIgnoreCase) { "brief" };

    /// <summary>Whether the words right after the subject say it filed suit ("filed a federal lawsuit", "has filed suit").</summary>
    public static bool FilesSuit(string text, Mention subject)
    {
        var end = Math.Min(text.Length, subject.End + 80);
        var words = text[subject.End..end].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        // "Sheriff Ann Holt and Sheriff Bo Park filed": a partner joined by "and" files too.
        var k = 0;
        // "the Immigration Reform Law Institute (IRLI) filed": the body's short name in brackets.
        if (k < words.Length && words[k].StartsWith('(') && words[k].EndsWith(')'))
        {
            k++;
        }

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

        if (words[k] is "filed" or "files" or "brought")
        {
            return FiledNounWithin(words, k + 1);
        }

        // "The Department of Justice went on offense Tuesday, filing a suit …": a participle later in the clause, its
        // subject the sentence's.
        for (var j = k; j < words.Length && j <= k + ParticipleReach; j++)
        {
            if (words[j] == "filing" && FiledNounWithin(words, j + 1))
            {
                return true;
            }

            if (words[j].EndsWith('.') || words[j].EndsWith(';'))
            {
                break;
            }
        }

        return false;
    }

    private const int ParticipleReach = 10;

    private static bool FiledNounWithin(string[] words, int from)
    {
        for (var j = from; j < words.Length && j < from + MaxWords; j++)
        {
            if (FiledNouns.Contains(words[j].TrimEnd('.', ';', ':')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Trump administration", "the Biden administration": a president's government, which goes to court through the
    /// Department of Justice.
    /// </summary>
    public static bool IsAdministration(Entity entity) =>
        entity.Kind == EntityKind.Organisation && entity.Name.EndsWith(" administration", StringComparison.Ordinal);

    /// <summary>
    /// "The Trump administration sued Illinois", "the administration has filed a lawsuit", "is suing": the subject takes
    /// someone to court (any suit, "sued" included).
    /// </summary>
    public static bool Sues(string text, Mention subject)
    {
        if (FilesSuit(text, subject))
        {
            return true;
        }

        var rest = text.AsSpan(subject.End).TrimStart();
        foreach (var aux in (ReadOnlySpan<string>)["has ", "have ", "had ", "is ", "was ", "also ", "then ", "later "])
        {
            if (rest.StartsWith(aux, StringComparison.Ordinal))
            {
                rest = rest[aux.Length..];
                break;
            }
        }

        return rest.StartsWith("sued ", StringComparison.Ordinal) || rest.StartsWith("sues ", StringComparison.Ordinal)
            || rest.StartsWith("suing ", StringComparison.Ordinal);
    }

    /// <summary>"the Trump administration’s lawsuit": the possessive owns a suit.</summary>
    public static bool OwnsSuit(string text, Mention possessive)
    {
        var rest = text.AsSpan(possessive.End).TrimStart();
        foreach (var noun in SuitNouns)
        {
            if (rest.StartsWith(noun, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == noun.Length || !char.IsLetter(rest[noun.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private const int AntecedentReach = 8;

    /// <summary>
    /// "filing a suit against the state that alleges …", "the lawsuit, which claims …": the verb at
    /// <paramref name="verbStart"/> follows "that" or "which" whose antecedent, a few words back in the same sentence,
    /// is a suit; the suit speaks.
    /// </summary>
    public static bool SuitIsSubject(string text, int sentenceStart, int verbStart)
    {
        var before = text.AsSpan(sentenceStart, verbStart - sentenceStart).TrimEnd();
        if (!(before.EndsWith(" that", StringComparison.Ordinal) || before.EndsWith(" which", StringComparison.Ordinal)))
        {
            return false;
        }

        before = before[..before.LastIndexOf(' ')].TrimEnd().TrimEnd(',');
        for (var n = 0; n < AntecedentReach && before.Length > 0; n++)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (word.IndexOfAny('.', ';', ',') >= 0 && n > 0)
            {
                return false;
            }

            foreach (var noun in SuitNouns)
            {
                if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (space < 0)
            {
                break;
            }

            before = before[..space].TrimEnd();
        }

        return false;
    }

    /// <summary>
    /// "The Department of Justice filed a federal lawsuit … for “interfering” with …": the charge the filing quotes is
    /// the filer's, within the same sentence.
    /// </summary>
    public static bool QuotesCharge(string text, Mention subject, int sentenceEnd)
    {
        var window = text.AsSpan(subject.End, Math.Min(sentenceEnd, subject.End + ChargeReach) - subject.End);
        return window.IndexOf(" for “", StringComparison.Ordinal) >= 0 || window.IndexOf(" for \"", StringComparison.Ordinal) >= 0;
    }

    private const int ChargeReach = 200;

    /// <summary>Participles that state a filing's grounds: what the filer holds against the law it takes to court.</summary>
    private static readonly string[] GroundsParticiples =
        [" challenging ", " attacking ", " contesting ", " alleging ", " claiming ", " arguing ", " contending ", " asserting ", " accusing "];

    /// <summary>
    /// "The Immigration Reform Law Institute filed a brief … attacking Illinois’ TRUST Act", "The DOJ filed a lawsuit on
    /// February 6, challenging sanctuary policies": the filing says what is wrong with the law, within the sentence; a
    /// filing with no grounds ("filed a similar lawsuit against New York City") says nothing of its own.
    /// </summary>
    public static bool StatesGrounds(string text, Mention subject, int sentenceEnd)
    {
        var window = text.AsSpan(subject.End, Math.Min(sentenceEnd, subject.End + ChargeReach) - subject.End);
        foreach (var participle in GroundsParticiples)
        {
            if (window.IndexOf(participle, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private const int FiledByReach = 48;

    /// <summary>
    /// "The lawsuit, filed by …", "A suit filed Tuesday by …", "the complaint brought on behalf of … by": the "by" at
    /// <paramref name="byStart"/> follows "filed" or "brought" (a day may stand between) right after a suit noun.
    /// </summary>
    public static bool FiledBy(string text, int byStart)
    {
        if (byStart <= 0)
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, byStart - FiledByReach), Math.Min(FiledByReach, byStart)).TrimEnd();
        var words = new List<string>(4);
        while (words.Count < 4 && before.Length > 0)
        {
            var space = before.LastIndexOf(' ');
            words.Add(before[(space + 1)..].TrimEnd(',').ToString());
            if (space < 0)
            {
                break;
            }

            before = before[..space].TrimEnd();
        }

        // words[0] is the word before "by": a day ("Tuesday", "today") or the verb itself.
        var verb = words.Count > 0 && words[0] is "filed" or "brought" ? 0 : words.Count > 1 && words[1] is "filed" or "brought" && IsDay(words[0]) ? 1 : -1;
        return verb >= 0 && verb + 1 < words.Count && SuitNouns.Contains(words[verb + 1].TrimEnd(','));
    }

    // "Tuesday", "today", "yesterday".
    private static bool IsDay(string word) => word.EndsWith("day", StringComparison.Ordinal);
}
