using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Classification;
using PolicySearch.Core.Analysis.Stances;

namespace PolicySearch.Core.Analysis.Lexicons;

/// <summary>
/// Every data file of <c>Analysis/Data</c>, loaded once and turned into lookup sets and compiled patterns.
/// Immutable after construction, so one instance serves parallel analysis.
/// </summary>
internal sealed class AnalysisLexicon
{
    public AnalysisLexicon(string folder)
    {
        // Loading is mostly the JIT compiling the JSON reader and the regex compiler for the first time, one
        // thread at a time; the boilerplate rules (the first file read and its compiled patterns, ~90 ms of a
        // ~130 ms load) are built beside the rest, on the other core.
        var boilerplate = Task.Run(() => new BoilerplateRuleSet(LexiconFiles.Load<BoilerplateRuleFile>(folder, "boilerplate-rules.json")));
        try
        {
            Speech = LexiconFiles.Load<SpeechFile>(folder, "speech.json");
            Names = LexiconFiles.Load<NamesFile>(folder, "names.json");
            Organisations = LexiconFiles.Load<OrganisationsFile>(folder, "organisations.json");
            Outlets = LexiconFiles.Load<OutletsFile>(folder, "outlets.json");
            References = LexiconFiles.Load<ReferencesFile>(folder, "references.json");
            Stance = LexiconFiles.Load<StanceFile>(folder, "stance.json");
            StanceModel = string.IsNullOrEmpty(Stance.Model) ? null : LoadStanceModel(folder, Stance.Model);
            var firstNames = LexiconFiles.Load<FirstNamesFile>(folder, "first-names.json");
            var firstNameGenders = firstNames.Female.Select(n => (n, Gender: Speakers.Gender.Female))
                .Concat(firstNames.Male.Select(n => (n, Gender: Speakers.Gender.Male)))
                .GroupBy(p => p.n, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Select(p => p.Gender).Distinct().Count() == 1)
                .ToDictionary(g => g.Key, g => g.First().Gender, StringComparer.OrdinalIgnoreCase);
            FirstNameGenders = firstNameGenders;
            FirstNameGendersBySpan = firstNameGenders.GetAlternateLookup<ReadOnlySpan<char>>();

            var titles = Names.Titles.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
            Titles = titles;
            TitlesBySpan = titles.GetAlternateLookup<ReadOnlySpan<char>>();
            MaxTitleTokens = Titles.Keys.Max(k => k.Split(' ').Length);
            PartyWords = Names.PartyWords.ToFrozenSet(StringComparer.Ordinal);
            NotNames = Names.NotNames.ToFrozenSet(StringComparer.Ordinal);
            SentenceOpeners = Names.SentenceOpeners.ToFrozenSet(StringComparer.Ordinal);
            NotNameTails = Names.NotNameTails.ToFrozenSet(StringComparer.Ordinal);
            var roleWords = Names.RoleWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            RoleWords = roleWords;
            RoleWordsBySpan = roleWords.GetAlternateLookup<ReadOnlySpan<char>>();
            var abbreviations = Names.Abbreviations.ToFrozenSet(StringComparer.Ordinal);
            Abbreviations = abbreviations;
            AbbreviationsBySpan = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
            MaleWords = Names.GenderedWords.Male.ToFrozenSet(StringComparer.Ordinal);
            FemaleWords = Names.GenderedWords.Female.ToFrozenSet(StringComparer.Ordinal);
            OrgHeadWords = Organisations.HeadWords.ToFrozenSet(StringComparer.Ordinal);
            NotSpeakerRoles = Names.NotSpeakerRoles.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            // A canonical name is a name of its body too ("Organized Communities Against Deportations", listed only as
            // the name "OCAD" maps to, has no head word by which a run would otherwise be read as a body).
            var aliases = Organisations.Aliases.ToDictionary(a => a.Key, a => a.Value, StringComparer.OrdinalIgnoreCase);
            foreach (var canonical in Organisations.Aliases.Values)
            {
                aliases.TryAdd(canonical, canonical);
            }

            OrgAliases = aliases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            KnownSurnames = Names.KnownPeople.Select(k => k.Name[(k.Name.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);
            OutletWords = Outlets.Words.ToFrozenSet(StringComparer.Ordinal);
            OutletNames = Outlets.Names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            CallSign = AnalysisRegex.Create(Outlets.CallSignPattern);
        }
        catch
        {
            // A broken boilerplate file is reported first, as when the files were read one after another.
            boilerplate.GetAwaiter().GetResult();
            throw;
        }

        Boilerplate = boilerplate.GetAwaiter().GetResult();
    }

    public BoilerplateRuleSet Boilerplate { get; }

    public SpeechFile Speech { get; }

    public NamesFile Names { get; }

    public OrganisationsFile Organisations { get; }

    public OutletsFile Outlets { get; }

    public ReferencesFile References { get; }

    public StanceFile Stance { get; }

    /// <summary>The learned stance reader named by <c>stance.json</c>'s <c>model</c>; <c>null</c> when it names none (rules alone).</summary>
    public StanceModel? StanceModel { get; }

    public IReadOnlyDictionary<string, string> Titles { get; }

    /// <summary><see cref="Titles"/> looked up by a span of text, for multi-word titles read without building a string.</summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TitlesBySpan { get; }

    public int MaxTitleTokens { get; }

    public IReadOnlySet<string> PartyWords { get; }

    public IReadOnlySet<string> NotNames { get; }

    public IReadOnlySet<string> SentenceOpeners { get; }

    public IReadOnlySet<string> NotNameTails { get; }

    public IReadOnlySet<string> RoleWords { get; }

    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary><see cref="RoleWords"/> and <see cref="Abbreviations"/> looked up by a span of the paragraph, without a substring.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWordsBySpan { get; }

    /// <inheritdoc cref="RoleWordsBySpan"/>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan { get; }

    public IReadOnlySet<string> MaleWords { get; }

    public IReadOnlySet<string> FemaleWords { get; }

    public IReadOnlySet<string> OrgHeadWords { get; }

    /// <summary>Role nouns of people who report rather than speak ("reporter Jo Lee"): never credited as speakers.</summary>
    public IReadOnlySet<string> NotSpeakerRoles { get; }

    public IReadOnlyDictionary<string, string> OrgAliases { get; }

    /// <summary>Surnames of the well-known figures (<c>names.json</c> knownPeople): "the Trump Justice Department" is the Justice Department.</summary>
    public IReadOnlySet<string> KnownSurnames { get; }

    public IReadOnlySet<string> OutletWords { get; }

    public IReadOnlySet<string> OutletNames { get; }

    public Regex CallSign { get; }

    /// <summary>First names that hint at a gender (<c>first-names.json</c>); names listed for both are left out.</summary>
    public IReadOnlyDictionary<string, Speakers.Gender> FirstNameGenders { get; }

    /// <summary><see cref="FirstNameGenders"/> looked up by a span of a name.</summary>
    public Dictionary<string, Speakers.Gender>.AlternateLookup<ReadOnlySpan<char>> FirstNameGendersBySpan { get; }

    /// <summary>A regex alternation of plain words (escaped, longest first), for embedding in a bigger pattern.</summary>
    public static string Words(IEnumerable<string> words) =>
        string.Join('|', words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)
            .ThenBy(w => w, StringComparer.Ordinal).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    private static StanceModel LoadStanceModel(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        return File.Exists(path)
            ? StanceModel.Load(path)
            : throw new PolicySearchException("analysis.data-missing", $"Stance model not found: {path} (stance.json names it as \"model\"; an empty name decides by the rules alone).");
    }
}
