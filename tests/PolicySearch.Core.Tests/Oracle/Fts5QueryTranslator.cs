using PolicySearch.Core.Querying;

namespace PolicySearch.Core.Tests.Oracle;

/// <summary>
/// Translates our parsed query tree into FTS5 MATCH syntax with the same match semantics, so FTS5 can tell us
/// which paragraphs a query must match. Terms are written as the surface words the query was generated from
/// (FTS5 analyses them itself). Boolean groups: required clauses AND-ed (optional ones then only score, so they
/// are left out), else optional ones OR-ed; prohibited ones subtracted with NOT. Proximity maps to NEAR.
/// </summary>
internal sealed class Fts5QueryTranslator(IReadOnlyDictionary<string, string> surfaceByTerm, IReadOnlyDictionary<string, string> surfaceByPrefix)
{
    public string Translate(QueryNode query) => query switch
    {
        TermQuery term => Quote(surfaceByTerm[term.Term]),
        PrefixQuery prefix => Quote(surfaceByPrefix[prefix.Prefix]) + " *",
        PhraseQuery { Slop: null } phrase => Quote(string.Join(' ', phrase.Terms.Select(t => surfaceByTerm[t]))),
        PhraseQuery { Slop: { } slop } near => $"NEAR({string.Join(' ', near.Terms.Select(t => Quote(surfaceByTerm[t])))}, {slop})",
        BooleanQuery boolean => Boolean(boolean),
        _ => throw new InvalidOperationException($"The oracle cannot express {query}."),
    };

    private string Boolean(BooleanQuery boolean)
    {
        var required = boolean.Clauses.Where(c => c.Occur is Occur.Must or Occur.Filter).Select(c => Translate(c.Query)).ToList();
        var optional = boolean.Clauses.Where(c => c.Occur == Occur.Should).Select(c => Translate(c.Query)).ToList();
        var prohibited = boolean.Clauses.Where(c => c.Occur == Occur.MustNot).Select(c => Translate(c.Query)).ToList();
        var positive = required.Count > 0 ? Join("AND", required) : optional.Count > 0 ? Join("OR", optional)
            : throw new InvalidOperationException("The oracle cannot express a purely negative group.");
        return prohibited.Count == 0 ? positive : $"({positive} NOT {Join("OR", prohibited)})";
    }

    private static string Join(string op, List<string> parts) => parts.Count == 1 ? parts[0] : $"({string.Join($" {op} ", parts)})";

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
