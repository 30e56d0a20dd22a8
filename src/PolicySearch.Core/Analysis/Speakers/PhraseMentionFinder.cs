using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Finds the mentions that are phrases rather than names: offices ("Haddad's spokesperson", "an aide in
/// the governor's office"), unnamed officials of a body ("a Justice Department official"), descriptions
/// ("the governor", "the official statement"), pronouns, unnamed people ("one young woman") and bodies
/// the text names later ("a police department in Ohio"). Word lists come from the data files.
/// </summary>
internal sealed class PhraseMentionFinder
{
    private const string NamePart = @"\p{Lu}[\p{L}\-]*(?:['’]\p{Lu}[\p{L}\-]*)?";

    // A run of capitalised words, initials and abbreviated titles ("Ohio Gov. Jo Lee"): without the titles, the owner of
    // "Ohio Gov. Jo Lee's office" was read from "Jo Lee" only, and the office lost its role and place.
    private readonly string nameSequence;
    private const string BodyPart = @"(?:\p{Lu}[\p{L}\-.]*(?:['’]s)?|\p{Lu}{2,})";

    private readonly Regex office;
    private readonly Regex placedOffice;
    private readonly Regex officeFor;
    private readonly Regex officeOfBareName;
    private readonly Regex official;
    private readonly Regex officialFor;
    private readonly Regex bodyOfficials;
    private readonly Regex description;
    private readonly Regex descriptionNoun;
    private readonly Regex indefiniteBody;
    private readonly Regex governmentOfficial;
    private readonly Regex unnamed;
    private readonly AnalysisLexicon lexicon;
    private readonly FrozenDictionary<string, Gender> pronounGender;
    private readonly WordShapeFilter pronounShapes;

    // Each pattern runs only when the paragraph holds one of its key words: most paragraphs skip most patterns.
    // One dictionary says which patterns a word can open or close, so the gates cost one lookup per word.
    // Built in the constructor, then frozen for the per-word lookups.
    private readonly Dictionary<string, GateWord> gateWordsBuilder = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, GateWord> gateWords;
    private readonly WordShapeFilter gateWordShapes;

    [Flags]
    private enum GateWord
    {
        None = 0,
        Official = 1,
        Unnamed = 2,
        OfficeNoun = 4,
        DescriptionNoun = 8,
        BodyNoun = 16,
    }

    public PhraseMentionFinder(AnalysisLexicon lexicon)
    {
        this.lexicon = lexicon;
        var abbreviatedTitles = lexicon.Titles.Keys
            .SelectMany(t => t.Split(' '))
            .Where(t => t.Length > 1 && t[^1] == '.' && char.IsUpper(t[0]))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(Regex.Escape);
        var titlePart = "(?:" + string.Join('|', abbreviatedTitles) + ")";
        nameSequence = $@"(?:{titlePart}|{NamePart})(?:\s+(?:{titlePart}|\p{{Lu}}\.|{NamePart})){{0,5}}";
        var officialNouns = AnalysisLexicon.Words(lexicon.Organisations.OfficialNouns);
        var officeNouns = AnalysisLexicon.Words(lexicon.Organisations.OfficeNouns);
        var descriptionNouns = AnalysisLexicon.Words(lexicon.References.Descriptions.Keys);
        // The description nouns that name someone's role ("attorney general", not "department"), for placedOffice below.
        var roleNouns = AnalysisLexicon.Words(lexicon.References.Descriptions.Keys.Where(d => lexicon.References.RoleOf(d) is not null));
        office = AnalysisRegex.Create(
            $@"(?:\b(?i:an?|the|one)\s+(?i:{officialNouns})\s+(?i:from|in|for|with|at|of)\s+)?(?:(?<owner>\b(?i:the)\s+(?i:{descriptionNouns}))['’]s\s+(?<noun>(?i:{officeNouns}))|(?<owner>\b{nameSequence})['’]s\s+(?<noun>{officeNouns})|(?<owner>\b(?i:his|her))\s+(?<noun>{officeNouns}))\b");
        // "the Illinois attorney general's office": a role at a place (ArticleDiscourse.Owner names its office). A pattern of
        // its own: joined to the one above, the engine's automaton grows past its limit.
        placedOffice = AnalysisRegex.Create(
            $@"(?<owner>\b(?i:the)\s+(?:\p{{Lu}}[\p{{L}}.]*\s+){{1,2}}(?i:{roleNouns}))['’]s\s+(?<noun>(?i:{officeNouns}))\b");
        // "a Pritzker spokeswoman": the person's name bare before a spokesperson's noun (not "office" or "staff", which
        // follow body names: "a Sheriff's Office deputy"); checked in code against bodies ("a DHS spokesperson").
        officeOfBareName = AnalysisRegex.Create(
            @"\b(?i:an?)\s+(?<owner>\p{Lu}[\p{L}\-]*(?:['’]\p{Lu}[\p{L}\-]*)?)\s+(?<noun>spokesperson|spokesman|spokeswoman|aide|press secretary)\b");
        // "the Governor’s Office" capitalised is "the governor's office"; a name's capitalised "Office" stays a body's name
        // ("Lake County Sheriff’s Office Detective Jo Lee").
        // "a spokesperson for Governor Lee" / "a spokesperson for the governor": the holder's office speaks.
        officeFor = AnalysisRegex.Create(
            $@"\b(?i:an?|the)\s+(?i:{officeNouns})\s+(?i:for)\s+(?<owner>(?i:the)\s+(?i:{descriptionNouns})|{nameSequence})");
        official = AnalysisRegex.Create(
            $@"\b(?i:an?|one|another|the)\s+(?<body>(?:U\.S\.\s+)?{BodyPart}(?:\s+(?:of\s+|for\s+|and\s+)?{BodyPart}){{0,5}})\s+(?<noun>(?i:{officialNouns}))\b");
        // "a spokesperson for X", and without an article "officials with X", "attorneys for X".
        officialFor = AnalysisRegex.Create(
            $@"\b(?:(?i:an?|one|another)\s+)?(?<noun>(?i:{officialNouns}))\s+(?i:for|from|at|with)\s+(?i:the\s+)?(?<body>(?:U\.S\.\s+)?{BodyPart}(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?{BodyPart}){{0,6}})");
        // "ICE officials said", "Justice Department lawyers said", "Immigration and Customs Enforcement (ICE) officials said":
        // officials of a named body, no article needed when they are plural. Not after a
        // letter or a period, and not before a capitalised word: checked in code (BodyOfficials), the engine has no lookarounds.
        bodyOfficials = AnalysisRegex.Create(
            $@"(?<body>(?:U\.S\.\s+)?{BodyPart}(?:\s+(?:of\s+|for\s+|and\s+)?{BodyPart}){{0,5}})(?:\s+\(\p{{Lu}}{{2,8}}\))?\s+(?<noun>officials|representatives|spokespeople|leaders|leadership|lawyers|attorneys)\b");
        // "the governor", not "the governor Bruce Rauner": the name that follows is checked in code (Descriptions).
        description = AnalysisRegex.Create($@"\b(?i:the)\s+(?<noun>(?i:{descriptionNouns}))\b(?<possessive>['’]s)?");
        descriptionNoun = AnalysisRegex.Create($@"^(?i:{descriptionNouns})$");
        indefiniteBody = AnalysisRegex.Create(
            $@"\b(?i:an?)\s+(?<head>(?i:{AnalysisLexicon.Words(lexicon.References.IndefiniteBodies)}))\b(?:\s+(?:in|of|from)\s+{nameSequence})?");
        // "a village spokesperson": indefinite, yet the local government the article named speaks (references.json
        // descriptions of target 'government' made of two words).
        var governmentOfficials = lexicon.References.Descriptions.Where(d => d.Value == "government" && d.Key.Contains(' ', StringComparison.Ordinal)).Select(d => d.Key);
        // "City officials said": plural officials of the local government, no article needed.
        governmentOfficial = AnalysisRegex.Create(
            $@"\b(?:(?i:an?)\s+(?<noun>(?i:{AnalysisLexicon.Words(governmentOfficials)}))|(?<noun>(?:[Cc]ity|[Vv]illage|[Tt]own)\s+officials))\b");
        unnamed = AnalysisRegex.Create(
            $@"\b(?i:one|an?|another)\s+(?:[a-z][a-z\-]*\s+){{0,2}}(?<noun>{AnalysisLexicon.Words(lexicon.References.UnnamedPersonNouns)})\b");
        AddGate(LastWords(lexicon.Organisations.OfficialNouns), GateWord.Official);
        AddGate(FirstWords(lexicon.Organisations.OfficeNouns), GateWord.OfficeNoun);
        AddGate(FirstWords(lexicon.References.Descriptions.Keys), GateWord.DescriptionNoun);
        AddGate(FirstWords(lexicon.References.IndefiniteBodies), GateWord.BodyNoun);
        AddGate(LastWords(lexicon.References.UnnamedPersonNouns), GateWord.Unnamed);
        var pronouns = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in lexicon.References.Pronouns.Male)
        {
            pronouns[p] = Gender.Male;
        }

        foreach (var p in lexicon.References.Pronouns.Female)
        {
            pronouns[p] = Gender.Female;
        }

        pronounGender = pronouns.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        pronounShapes = new WordShapeFilter(pronouns.Keys.Select(p => p.ToLowerInvariant()));
        gateWords = gateWordsBuilder.ToFrozenDictionary(StringComparer.Ordinal);
        gateWordShapes = new WordShapeFilter(gateWords.Keys);
    }

    public IEnumerable<Mention> Find(string text, List<Word> words)
    {
        var gates = Gates(words);
        foreach (Match m in gates.Office ? office.Matches(text) : Enumerable.Empty<Match>())
        {
            var owner = m.Groups["owner"].Value;
            yield return new Mention(m.Index, m.Index + m.Length, MentionKind.OfficeOf, owner);
        }

        foreach (Match m in gates.Office ? placedOffice.Matches(text) : Enumerable.Empty<Match>())
        {
            // "the Cook County sheriff's office" is a department with a name of its own, which the name runs read.
            var owner = m.Groups["owner"].Value;
            if (!owner.Contains(" County ", StringComparison.Ordinal))
            {
                yield return new Mention(m.Index, m.Index + m.Length, MentionKind.OfficeOf, owner);
            }
        }

        foreach (Match m in gates.Official ? officeOfBareName.Matches(text) : Enumerable.Empty<Match>())
        {
            var owner = m.Groups["owner"].Value;
            if (!IsBody(owner, out _) && !lexicon.OrgHeadWords.Contains(owner))
            {
                yield return new Mention(m.Index, m.Index + m.Length, MentionKind.OfficeOf, owner) { OwnerNamedBefore = true };
            }
        }

        foreach (Match m in gates.Official ? officeFor.Matches(text) : Enumerable.Empty<Match>())
        {
            var owner = m.Groups["owner"].Value;
            if (!IsBody(owner, out _))
            {
                yield return new Mention(m.Index, m.Index + m.Length, MentionKind.OfficeOf, owner);
            }
        }

        var officials = gates.Official
            ? official.Matches(text).Concat(officialFor.Matches(text)).Concat(BodyOfficials(text))
            : Enumerable.Empty<Match>();
        foreach (var m in officials)
        {
            var body = m.Groups["body"].Value;
            if (IsBody(body, out var canonical))
            {
                yield return new Mention(m.Index, m.Index + m.Length, MentionKind.OfficialOf, canonical)
                {
                    Gender = GenderOf(m.Groups["noun"].Value),
                    Indefinite = !m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase),
                };
            }
        }

        foreach (var (start, end, nounText, possessive) in gates.Description ? Descriptions(text) : [])
        {
            var noun = nounText.ToLowerInvariant();
            yield return new Mention(start, end, MentionKind.Description, noun)
            {
                Possessive = possessive,
                Gender = GenderOf(noun),
            };
        }

        foreach (Match m in gates.Official ? governmentOfficial.Matches(text) : Enumerable.Empty<Match>())
        {
            var noun = string.Join(' ', m.Groups["noun"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            yield return new Mention(m.Index, m.Index + m.Length, MentionKind.Description, noun) { Gender = GenderOf(noun) };
        }

        foreach (Match m in gates.Body ? indefiniteBody.Matches(text) : Enumerable.Empty<Match>())
        {
            yield return new Mention(m.Index, m.Index + m.Length, MentionKind.IndefiniteBody, m.Groups["head"].Value.ToLowerInvariant());
        }

        foreach (var word in words)
        {
            if (pronounShapes.MayContain(word.Lower) && pronounGender.TryGetValue(word.Lower, out var gender))
            {
                yield return new Mention(word.Start, word.End, MentionKind.Pronoun, word.Lower) { Gender = gender };
            }
        }

        foreach (Match m in gates.Unnamed ? unnamed.Matches(text) : Enumerable.Empty<Match>())
        {
            yield return new Mention(m.Index, m.Index + m.Length, MentionKind.UnnamedPerson, m.Groups["noun"].Value)
            {
                Gender = GenderOf(m.Groups["noun"].Value),
            };
        }
    }

    /// <summary>
    /// The matches of <see cref="bodyOfficials"/> that the backtracking pattern with its lookarounds found:
    /// <c>(?&lt;![\p{L}.])</c> before and <c>(?!\s+\p{Lu})</c> after. At a given start the match is unique (the noun
    /// is the first lower-case word after the capitalised ones), so a refused match means "no match here", and the
    /// search goes on from the next character, as the backtracking engine did.
    /// </summary>
    private IEnumerable<Match> BodyOfficials(string text)
    {
        var match = bodyOfficials.Match(text);
        while (match.Success)
        {
            var end = match.Index + match.Length;
            var afterLetterOrPeriod = match.Index > 0 && (char.IsLetter(text[match.Index - 1]) || text[match.Index - 1] == '.');
            if (afterLetterOrPeriod || SpacesThenCapital(text, end, needsLowerAfter: false))
            {
                match = bodyOfficials.Match(text, match.Index + 1);
                continue;
            }

            yield return match;
            match = match.NextMatch();
        }
    }

    /// <summary>
    /// The matches of the description pattern as the backtracking pattern with <c>(?!\s+\p{Lu}\p{Ll})</c> at its
    /// end found them: "the governor" is not a description when a name follows ("the governor Bruce Rauner").
    /// Where the look-ahead refused, that engine tried the same start again without the possessive ("the
    /// governor's" before "Bruce": "the governor"), then with each shorter noun of the list that the matched
    /// words begin with, longest first (the alternation's order): "the police chief Ann Lee" gives "the police"
    /// when "chief" follows in lower case. Only if none fits does the search go on from the next character.
    /// </summary>
    private IEnumerable<(int Start, int End, string Noun, bool Possessive)> Descriptions(string text)
    {
        var match = description.Match(text);
        while (match.Success)
        {
            var noun = match.Groups["noun"];
            var possessive = match.Groups["possessive"];
            var nounEnd = noun.Index + noun.Length;
            if (!SpacesThenCapital(text, match.Index + match.Length, needsLowerAfter: true))
            {
                yield return (match.Index, match.Index + match.Length, noun.Value, possessive.Success);
                match = match.NextMatch();
                continue;
            }

            if (possessive.Success)
            {
                // Without the possessive, an apostrophe follows the noun: no spaces, so the look-ahead holds.
                yield return (match.Index, nounEnd, noun.Value, false);
                match = description.Match(text, nounEnd);
                continue;
            }

            if (ShorterNoun(text, noun.Index, nounEnd) is { } shorterEnd)
            {
                yield return (match.Index, shorterEnd, text[noun.Index..shorterEnd], false);
                match = description.Match(text, shorterEnd);
                continue;
            }

            match = description.Match(text, match.Index + 1);
        }
    }

    /// <summary>
    /// The end of the longest noun of the list that the words <c>text[start..end)</c> begin with, shorter than
    /// them, ending at a word's end and not followed by spaces and a capitalised word; or null.
    /// </summary>
    private int? ShorterNoun(string text, int start, int end)
    {
        for (var wordEnd = end - 1; wordEnd > start; wordEnd--)
        {
            if (!char.IsWhiteSpace(text[wordEnd]) || char.IsWhiteSpace(text[wordEnd - 1]))
            {
                continue;
            }

            // A word ends at wordEnd (a space follows it); the pattern's \b holds there when it ends in a word character.
            if (IsRegexWordCharacter(text[wordEnd - 1])
                && descriptionNoun.IsMatch(text.AsSpan(start, wordEnd - start))
                && !SpacesThenCapital(text, wordEnd, needsLowerAfter: true))
            {
                return wordEnd;
            }
        }

        return null;
    }

    /// <summary><c>\s+\p{Lu}</c> at <paramref name="at"/>, followed by <c>\p{Ll}</c> when <paramref name="needsLowerAfter"/>.</summary>
    private static bool SpacesThenCapital(string text, int at, bool needsLowerAfter)
    {
        var k = at;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k > at && k < text.Length && char.IsUpper(text[k]) && (!needsLowerAfter || (k + 1 < text.Length && char.IsLower(text[k + 1])));
    }

    /// <summary>A character of the regex word class <c>\w</c>, on which <c>\b</c> turns.</summary>
    private static bool IsRegexWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.ConnectorPunctuation or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>A body is an alias ("Justice Department") or a capitalised phrase with an organisation head word.</summary>
    private bool IsBody(string body, out string canonical)
    {
        var trimmed = body.StartsWith("The ", StringComparison.Ordinal) ? body[4..] : body;
        if (lexicon.OrgAliases.TryGetValue(trimmed, out var alias))
        {
            canonical = alias;
            return true;
        }

        // As for name runs, a head word alone ("Senate leaders") names no particular body.
        canonical = trimmed;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.Any(lexicon.OrgHeadWords.Contains);
    }

    /// <summary>Which patterns can match, from one pass over the words: "'s office", an official noun, "the governor", "a department", "a woman".</summary>
    private (bool Office, bool Official, bool Description, bool Body, bool Unnamed) Gates(List<Word> words)
    {
        bool office = false, official = false, description = false, body = false, unnamedPerson = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (!gateWordShapes.MayContain(words[i].Lower) || !gateWords.TryGetValue(words[i].Lower, out var gate))
            {
                // "the city's statement said": a description in the possessive opens the description pattern too.
                if (i > 0 && description is false && words[i].Lower.EndsWith("'s", StringComparison.Ordinal) && words[i - 1].Lower == "the"
                    && gateWords.TryGetValue(words[i].Lower[..^2], out var stemGate) && (stemGate & GateWord.DescriptionNoun) != 0)
                {
                    description = true;
                }

                continue;
            }

            official |= (gate & GateWord.Official) != 0;
            unnamedPerson |= (gate & GateWord.Unnamed) != 0;
            if (i > 0)
            {
                var previous = words[i - 1].Lower;
                office |= (gate & GateWord.OfficeNoun) != 0 && (previous.EndsWith("'s", StringComparison.Ordinal) || previous is "his" or "her");
                description |= (gate & GateWord.DescriptionNoun) != 0 && previous == "the";
                body |= (gate & GateWord.BodyNoun) != 0 && previous is "a" or "an";
            }
        }

        return (office, official, description, body, unnamedPerson);
    }

    private void AddGate(IEnumerable<string> words, GateWord gate)
    {
        foreach (var word in words)
        {
            gateWordsBuilder[word] = gateWordsBuilder.GetValueOrDefault(word) | gate;
        }
    }

    private static HashSet<string> FirstWords(IEnumerable<string> phrases) =>
        phrases.Select(p => WordTokenizer.Tokenize(p)).Where(w => w.Count > 0).Select(w => w[0].Lower).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> LastWords(IEnumerable<string> phrases) =>
        phrases.Select(p => WordTokenizer.Tokenize(p)).Where(w => w.Count > 0).Select(w => w[^1].Lower).ToHashSet(StringComparer.Ordinal);

    private Gender GenderOf(string word) =>
        lexicon.MaleWords.Contains(word) ? Gender.Male : lexicon.FemaleWords.Contains(word) ? Gender.Female : Gender.Unknown;
}
