namespace PolicySearch.Core.Text;

/// <summary>
/// The Porter stemmer exactly as SQLite FTS5's <c>porter</c> tokenizer applies it, so that our terms equal
/// FTS5's token for token. It works on the folded token's UTF-8 bytes: tokens shorter than 3 or longer
/// than 64 bytes pass through, every non-ASCII byte counts as a consonant, and a 'y' is a vowel after a
/// consonant (in the measure) or anywhere but the first letter (in the "contains a vowel" test) —
/// FTS5's small departures from the 1980 paper, kept on purpose.
/// </summary>
public static class PorterStemmer
{
    public const int MinimumLength = 3;
    public const int MaximumLength = 64;

    private delegate bool Condition(ReadOnlySpan<byte> stem);

    /// <summary>One suffix rule: when the word ends with <see cref="Suffix"/> and the rest meets the condition, swap in the replacement.</summary>
    private sealed record Rule(string Suffix, string Replacement, Condition Test);

    private static readonly Condition MeasureAbove0 = stem => Measure(stem) > 0;
    private static readonly Condition MeasureAbove1 = stem => Measure(stem) > 1;
    private static readonly Condition MeasureAbove1EndsInSOrT = stem => stem[^1] is (byte)'s' or (byte)'t' && Measure(stem) > 1;

    private static readonly Rule[][] Step2Rules = ByLastLetter(MeasureAbove0,
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("logi", "log"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"));

    private static readonly Rule[][] Step3Rules = ByLastLetter(MeasureAbove0,
        ("ical", "ic"), ("ness", ""), ("icate", "ic"), ("iciti", "ic"), ("ful", ""), ("ative", ""), ("alize", "al"));

    private static readonly Rule[][] Step4Rules = IndexByLastLetter(
    [
        .. Rules(MeasureAbove1, ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""),
            ("ant", ""), ("ement", ""), ("ment", ""), ("ent", "")),
        new Rule("ion", "", MeasureAbove1EndsInSOrT),
        .. Rules(MeasureAbove1, ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""), ("ive", ""), ("ize", "")),
    ]);

    /// <summary>
    /// Stems <paramref name="word"/> (lower-case UTF-8) in place and returns the new length. The buffer must
    /// have room for one more byte than the word (step 1b may append an 'e').
    /// </summary>
    public static int Stem(Span<byte> word, int length)
    {
        if (length < MinimumLength || length > MaximumLength)
        {
            return length;
        }

        length = Step1A(word, length);
        length = Step1B(word, length);
        if (word[length - 1] == 'y' && ContainsVowel(word[..(length - 1)]))
        {
            word[length - 1] = (byte)'i';
        }

        length = ApplyFirstMatch(Step2Rules, word, length);
        length = ApplyFirstMatch(Step3Rules, word, length);
        length = ApplyFirstMatch(Step4Rules, word, length);
        return Step5(word, length);
    }

    private static int Step1A(Span<byte> word, int length)
    {
        if (word[length - 1] != 's')
        {
            return length;
        }

        if (word[length - 2] == 'e')
        {
            var sses = length > 4 && word[length - 4] == 's' && word[length - 3] == 's';
            var ies = length > 3 && word[length - 3] == 'i';
            return sses || ies ? length - 2 : length - 1;
        }

        return word[length - 2] == 's' ? length : length - 1;
    }

    private static int Step1B(Span<byte> word, int length)
    {
        if (EndsWith(word, length, "eed"))
        {
            return MeasureAbove0(word[..(length - 3)]) ? length - 1 : length;
        }

        int stemLength;
        if (EndsWith(word, length, "ed") && ContainsVowel(word[..(length - 2)]))
        {
            stemLength = length - 2;
        }
        else if (EndsWith(word, length, "ing") && ContainsVowel(word[..(length - 3)]))
        {
            stemLength = length - 3;
        }
        else
        {
            return length;
        }

        if (EndsWith(word, stemLength, "at") || EndsWith(word, stemLength, "bl") || EndsWith(word, stemLength, "iz"))
        {
            word[stemLength] = (byte)'e';
            return stemLength + 1;
        }

        var last = word[stemLength - 1];
        if (stemLength > 1 && !IsVowel(last, false) && last is not ((byte)'l' or (byte)'s' or (byte)'z') && last == word[stemLength - 2])
        {
            return stemLength - 1;
        }

        if (Measure(word[..stemLength]) == 1 && EndsConsonantVowelConsonant(word[..stemLength]))
        {
            word[stemLength] = (byte)'e';
            return stemLength + 1;
        }

        return stemLength;
    }

    private static int Step5(Span<byte> word, int length)
    {
        if (word[length - 1] == 'e')
        {
            var stem = word[..(length - 1)];
            var measure = Measure(stem);
            if (measure > 1 || (measure == 1 && !EndsConsonantVowelConsonant(stem)))
            {
                length--;
            }
        }

        if (length > 1 && word[length - 1] == 'l' && word[length - 2] == 'l' && Measure(word[..(length - 1)]) > 1)
        {
            length--;
        }

        return length;
    }

    /// <summary>Applies the first rule whose suffix the word ends with (if its condition holds) — never a later one.</summary>
    private static int ApplyFirstMatch(Rule[][] rulesByLastLetter, Span<byte> word, int length)
    {
        var last = word[length - 1];
        if (last >= rulesByLastLetter.Length)
        {
            return length;
        }

        foreach (var rule in rulesByLastLetter[last])
        {
            if (!EndsWith(word, length, rule.Suffix))
            {
                continue;
            }

            var stemLength = length - rule.Suffix.Length;
            if (!rule.Test(word[..stemLength]))
            {
                return length;
            }

            for (var i = 0; i < rule.Replacement.Length; i++)
            {
                word[stemLength + i] = (byte)rule.Replacement[i];
            }

            return stemLength + rule.Replacement.Length;
        }

        return length;
    }

    /// <summary>FTS5 only matches a suffix that leaves at least one letter in front of it.</summary>
    private static bool EndsWith(ReadOnlySpan<byte> word, int length, string suffix)
    {
        if (length <= suffix.Length)
        {
            return false;
        }

        var start = length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (word[start + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVowel(byte c, bool yIsVowel) =>
        c is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' || (yIsVowel && c == 'y');

    /// <summary>The Porter measure m: the number of vowel-run → consonant-run transitions in [C](VC)^m[V].</summary>
    private static int Measure(ReadOnlySpan<byte> stem)
    {
        var measure = 0;
        var previousIsConsonant = false;
        var seenVowel = false;
        foreach (var c in stem)
        {
            var isConsonant = !IsVowel(c, previousIsConsonant);
            if (!isConsonant)
            {
                seenVowel = true;
            }
            else if (seenVowel && !previousIsConsonant)
            {
                measure++;
            }

            previousIsConsonant = isConsonant;
        }

        return measure;
    }

    /// <summary>FTS5's *v*: a, e, i, o, u anywhere, or y anywhere but the first letter.</summary>
    private static bool ContainsVowel(ReadOnlySpan<byte> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i], i > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>*o: the stem ends consonant-vowel-consonant and the last consonant is not w, x or y.</summary>
    private static bool EndsConsonantVowelConsonant(ReadOnlySpan<byte> stem)
    {
        if (stem.Length == 0 || stem[^1] is (byte)'w' or (byte)'x' or (byte)'y')
        {
            return false;
        }

        var pattern = 0;
        var isConsonant = false;
        foreach (var c in stem)
        {
            isConsonant = !IsVowel(c, isConsonant);
            pattern = (pattern << 1) | (isConsonant ? 1 : 0);
        }

        return stem.Length >= 3 && (pattern & 0b111) == 0b101;
    }

    private static Rule[] Rules(Condition test, params (string Suffix, string Replacement)[] rules) =>
        [.. rules.Select(rule => new Rule(rule.Suffix, rule.Replacement, test))];

    private static Rule[][] ByLastLetter(Condition test, params (string Suffix, string Replacement)[] rules) =>
        IndexByLastLetter(Rules(test, rules));

    /// <summary>Rules grouped by the last letter of their suffix (keeping their order), so a word only tries the rules that can match.</summary>
    private static Rule[][] IndexByLastLetter(Rule[] rules) =>
        [.. Enumerable.Range(0, 128).Select(letter => rules.Where(rule => rule.Suffix[^1] == letter).ToArray())];
}
