using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Finds the mentions that are phrases rather than names: offices ("Rauner's spokesperson", "an aide in
/// the governor's office"), unnamed officials of a body ("a Justice Department official"), descriptions
/// ("the governor", "the official statement"), pronouns, unnamed people ("one young woman") and bodies
/// the text names later ("a police department in Illinois"). Word lists come from the data files.
/// </summary>
internal sealed class PhraseMentionFinder
{
    private const string NamePart = @"\p{Lu}[\p{L}\-]*(?:['’]\p{Lu}[\p{L}\-]*)?";
    private const string NameSequence = NamePart + @"(?:\s+(?:\p{Lu}\.|" + NamePart + @")){0,3}";
    private const string BodyPart = @"(?:\p{Lu}[\p{L}\-.]*|\p{Lu}{2,})";

    private readonly Regex office;
    private readonly Regex official;
    private readonly Regex description;
    private readonly Regex indefiniteBody;
    private readonly Regex pronoun;
    private readonly Regex unnamed;
    private readonly AnalysisLexicon lexicon;
    private readonly Dictionary<string, Gender> pronounGender;

    public PhraseMentionFinder(AnalysisLexicon lexicon)
    {
        this.lexicon = lexicon;
        var options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
        var officialNouns = AnalysisLexicon.Words(lexicon.Organisations.OfficialNouns);
        var officeNouns = AnalysisLexicon.Words(lexicon.Organisations.OfficeNouns);
        var descriptionNouns = AnalysisLexicon.Words(lexicon.References.Descriptions.Keys);
        office = new Regex(
            $@"(?:\b(?i:an?|the|one)\s+(?i:{officialNouns})\s+(?i:from|in|for|with|at|of)\s+)?(?<owner>\b(?i:the)\s+(?i:{descriptionNouns})|\b{NameSequence})['’]s\s+(?<noun>(?i:{officeNouns}))\b",
            options);
        official = new Regex(
            $@"\b(?i:an?|one|another|the)\s+(?<body>(?:U\.S\.\s+)?{BodyPart}(?:\s+(?:of\s+|for\s+|and\s+)?{BodyPart}){{0,5}})\s+(?<noun>(?i:{officialNouns}))\b",
            options);
        description = new Regex(
            $@"\b(?i:the)\s+(?<noun>(?i:{descriptionNouns}))\b(?<possessive>['’]s)?(?!\s+\p{{Lu}}\p{{Ll}})",
            options);
        indefiniteBody = new Regex(
            $@"\b(?i:an?)\s+(?<head>(?i:{AnalysisLexicon.Words(lexicon.References.IndefiniteBodies)}))\b(?:\s+(?:in|of|from)\s+{NameSequence})?",
            options);
        var pronouns = lexicon.References.Pronouns.Male.Concat(lexicon.References.Pronouns.Female);
        pronoun = new Regex($@"\b(?<pronoun>(?i:{AnalysisLexicon.Words(pronouns)}))\b", options);
        unnamed = new Regex(
            $@"\b(?i:one|an?|another)\s+(?:[a-z][a-z\-]*\s+){{0,2}}(?<noun>{AnalysisLexicon.Words(lexicon.References.UnnamedPersonNouns)})\b",
            options);
        pronounGender = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in lexicon.References.Pronouns.Male)
        {
            pronounGender[p] = Gender.Male;
        }

        foreach (var p in lexicon.References.Pronouns.Female)
        {
            pronounGender[p] = Gender.Female;
        }
    }

    public IEnumerable<Mention> Find(string text)
    {
        foreach (Match m in office.Matches(text))
        {
            var owner = m.Groups["owner"].Value;
            yield return new Mention(m.Index, m.Index + m.Length, MentionKind.OfficeOf, owner);
        }

        foreach (Match m in official.Matches(text))
        {
            var body = m.Groups["body"].Value;
            if (IsBody(body, out var canonical))
            {
                yield return new Mention(m.Index, m.Index + m.Length, MentionKind.OfficialOf, canonical) { Gender = GenderOf(m.Groups["noun"].Value) };
            }
        }

        foreach (Match m in description.Matches(text))
        {
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            yield return new Mention(m.Index, m.Index + m.Length, MentionKind.Description, noun)
            {
                Possessive = m.Groups["possessive"].Success,
                Gender = GenderOf(noun),
            };
        }

        foreach (Match m in indefiniteBody.Matches(text))
        {
            yield return new Mention(m.Index, m.Index + m.Length, MentionKind.IndefiniteBody, m.Groups["head"].Value.ToLowerInvariant());
        }

        foreach (Match m in pronoun.Matches(text))
        {
            yield return new Mention(m.Index, m.Index + m.Length, MentionKind.Pronoun, m.Value.ToLowerInvariant())
            {
                Gender = pronounGender[m.Groups["pronoun"].Value],
            };
        }

        foreach (Match m in unnamed.Matches(text))
        {
            yield return new Mention(m.Index, m.Index + m.Length, MentionKind.UnnamedPerson, m.Groups["noun"].Value)
            {
                Gender = GenderOf(m.Groups["noun"].Value),
            };
        }
    }

    /// <summary>A body is an alias ("Justice Department") or a capitalised phrase with an organisation head word.</summary>
    private bool IsBody(string body, out string canonical)
    {
        var trimmed = body.StartsWith("The ", StringComparison.Ordinal) ? body[4..] : body;
        if (lexicon.OrgAliases.TryGetValue(trimmed, out var alias))
        {
            canonical = alias;
            return true;
        }

        canonical = trimmed;
        return trimmed.Split(' ').Any(lexicon.OrgHeadWords.Contains);
    }

    private Gender GenderOf(string word) =>
        lexicon.MaleWords.Contains(word) ? Gender.Male : lexicon.FemaleWords.Contains(word) ? Gender.Female : Gender.Unknown;
}
