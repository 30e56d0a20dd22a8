using System.Globalization;

namespace PolicySearch.Core.Analysis.Lexicons;

// The shapes of the JSON data files in Analysis/Data; README.md there documents each field.

internal sealed record BoilerplateRuleFile(IReadOnlyList<BoilerplateRuleEntry> Rules);

internal sealed record BoilerplateRuleEntry(string Id, string Pattern, int MaxWords, bool CaseSensitive, string? Unless = null);

internal sealed record SpeechFile(
    IReadOnlyList<string> Verbs, IReadOnlyList<string> Participles, IReadOnlyList<string> LeadIns, IReadOnlyList<string> ClauseFinal, IReadOnlyList<string> BeforeQuote,
    IReadOnlyList<string>? BeforeAs = null, IReadOnlyList<string>? AfterQuote = null, IReadOnlyList<string>? BodySubject = null,
    IReadOnlyList<string>? WithTopic = null);

internal sealed record NamesFile(
    IReadOnlyDictionary<string, string> Titles,
    IReadOnlyList<string> PartyWords,
    IReadOnlyList<string> NotNames,
    IReadOnlyList<string> SentenceOpeners,
    IReadOnlyList<string> NotNameTails,
    IReadOnlyList<string> RoleWords,
    IReadOnlyList<string> Abbreviations,
    GenderedWords GenderedWords,
    IReadOnlyList<string> NotSpeakerRoles,
    IReadOnlyList<KnownPerson> KnownPeople);

internal sealed record KnownPerson(string Name, string Role, string? Place, bool RequireRole, IReadOnlyList<string>? Aliases = null);

internal sealed record GenderedWords(IReadOnlyList<string> Male, IReadOnlyList<string> Female);

internal sealed record OrganisationsFile(
    IReadOnlyList<string> HeadWords,
    IReadOnlyDictionary<string, string> Aliases,
    IReadOnlyList<string> OfficialNouns,
    IReadOnlyList<string> OfficeNouns,
    string OfficeName,
    string OfficeNameOfPerson,
    IReadOnlyDictionary<string, string>? OfficeNameByRole = null)
{
    /// <summary>The office of a role at a place ("governor", "Illinois" → "Office of the Governor of Illinois").</summary>
    public string OfficeOf(string role, string place) =>
        (OfficeNameByRole?.GetValueOrDefault(role) ?? OfficeName)
            .Replace("{Role}", CultureInfo.InvariantCulture.TextInfo.ToTitleCase(role), StringComparison.Ordinal)
            .Replace("{Place}", place, StringComparison.Ordinal);
}

internal sealed record OutletsFile(IReadOnlyList<string> Words, IReadOnlyList<string> Names, string CallSignPattern);

internal sealed record ReferencesFile(
    PronounSets Pronouns,
    IReadOnlyDictionary<string, string> Descriptions,
    IReadOnlyList<string> UnnamedPersonNouns,
    IReadOnlyList<string> IndefiniteBodies)
{
    // Description targets that are no one's role: "the city", "the lawsuit", "the department", "the spokesperson".
    private static readonly HashSet<string> NotRoles = ["organisation", "government", "filer", "statement", "poster", "official", "spokesperson"];

    /// <summary>The role a description noun names ("attorney general", "governor"), or null for a body, a document or staff.</summary>
    public string? RoleOf(string noun) =>
        Descriptions.TryGetValue(noun, out var target) && target.Split('|')[0] is var role && !NotRoles.Contains(role) ? role : null;
}

internal sealed record PronounSets(IReadOnlyList<string> Male, IReadOnlyList<string> Female);

internal sealed record StanceFile(
    double Threshold,
    double SpeakerPriorThreshold,
    IReadOnlyDictionary<string, double> Supports,
    IReadOnlyDictionary<string, double> Opposes,
    IReadOnlyList<string> Ignore,
    IReadOnlyList<string> JudgementCues,
    IReadOnlyList<string> EnforcementTargets,
    IReadOnlyList<string> Negators,
    IReadOnlyList<string> NegationBridges,
    IReadOnlyList<string> KeepSideWhenNegated,
    IReadOnlyList<string> ContrastWords,
    IReadOnlyList<string> ConcessiveWords,
    IReadOnlyList<string> Rebuttals,
    IReadOnlyList<string> TopicWords,
    IReadOnlyList<string> PositionHolders,
    IReadOnlyList<string> PositionVerbs,
    IReadOnlyList<string> PurposeLeads,
    IReadOnlyList<string> PurposeSubjects,
    IReadOnlyList<string> Refusals,
    IReadOnlyList<string> RefusalBridges,
    IReadOnlyList<string> CooperationWords,
    IReadOnlyList<string> LeadInWords,
    IReadOnlyList<string> StatementAnnouncements, IReadOnlyList<string>? ComplianceWords = null, IReadOnlyList<string>? VerdictCues = null, IReadOnlyList<string>? SanctuaryTargets = null,
    string? Model = null,
    double RuleSideBonus = 0);

internal sealed record FirstNamesFile(IReadOnlyList<string> Female, IReadOnlyList<string> Male);
