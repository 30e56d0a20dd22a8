using PolicySearch.Core.Search;

namespace PolicySearch.Core.Querying.Parsing;

/// <summary>
/// Every query syntax error the parser can raise, with its stable code and its message, in one place.
/// Messages say what is wrong and where; tests assert codes and positions, not the English.
/// </summary>
public static class QueryErrors
{
    public const string UnbalancedQuoteCode = "query.unbalanced-quote";
    public const string UnbalancedParenthesisCode = "query.unbalanced-parenthesis";
    public const string UnexpectedClosingParenthesisCode = "query.unexpected-closing-parenthesis";
    public const string EmptyGroupCode = "query.empty-group";
    public const string DanglingOperatorCode = "query.dangling-operator";
    public const string DanglingModifierCode = "query.dangling-modifier";
    public const string UnknownFieldCode = "query.unknown-field";
    public const string MissingFieldValueCode = "query.missing-field-value";
    public const string InvalidFieldValueCode = "query.invalid-field-value";
    public const string InvalidProximityCode = "query.invalid-proximity";
    public const string InvalidPrefixCode = "query.invalid-prefix";
    public const string TooLongCode = "query.too-long";
    public const string TooManyClausesCode = "query.too-many-clauses";
    public const string TooDeepCode = "query.too-deep";
    public const string PrefixTooBroadCode = "query.prefix-too-broad";

    public static QuerySyntaxException UnbalancedQuote(int position) => new(UnbalancedQuoteCode,
        $"Unbalanced quote: the phrase starting at position {position} is never closed.", position);

    public static QuerySyntaxException UnbalancedParenthesis(int position) => new(UnbalancedParenthesisCode,
        $"Unbalanced parenthesis: the group opened at position {position} is never closed.", position);

    public static QuerySyntaxException UnexpectedClosingParenthesis(int position) => new(UnexpectedClosingParenthesisCode,
        $"Unexpected ')' at position {position}: no group is open.", position);

    public static QuerySyntaxException EmptyGroup(int position) => new(EmptyGroupCode,
        $"Empty group at position {position}: put at least one word between the parentheses.", position);

    public static QuerySyntaxException DanglingOperator(string op, int position) => new(DanglingOperatorCode,
        $"'{op}' at position {position} needs a word, phrase or group on both sides.", position);

    public static QuerySyntaxException DanglingModifier(char modifier, int position) => new(DanglingModifierCode,
        $"'{modifier}' at position {position} must be followed directly by a word, phrase or group.", position);

    public static QuerySyntaxException UnknownField(string field, int position) => new(UnknownFieldCode,
        $"Unknown field '{field}' at position {position}: the known fields are {string.Join(", ", FacetNames.All)}.", position);

    public static QuerySyntaxException MissingFieldValue(string field, int position) => new(MissingFieldValueCode,
        $"The field '{field}' at position {position} has no value: write {field}:value or {field}:\"a value\".", position);

    public static QuerySyntaxException InvalidYear(string value, int position) => new(InvalidFieldValueCode,
        $"'{value}' at position {position} is not a year: write year:2017.", position);

    public static QuerySyntaxException InvalidStance(string value, int position) => new(InvalidFieldValueCode,
        $"'{value}' at position {position} is not a stance: write stance:supports, stance:opposes or stance:neutral.", position);

    public static QuerySyntaxException InvalidProximity(int position) => new(InvalidProximityCode,
        $"Proximity at position {position} needs a whole number of words after '~', e.g. \"detainer warrant\"~5 (at most {QueryLimits.MaxProximity}).", position);

    public static QuerySyntaxException InvalidPrefix(string word, int position) => new(InvalidPrefixCode,
        $"'{word}' at position {position} is not a valid prefix: put '*' after one word of letters or digits, e.g. detain*.", position);

    public static QuerySyntaxException TooLong(int length) => new(TooLongCode,
        $"The query is {length} characters long; the limit is {QueryLimits.MaxQueryLength}.", QueryLimits.MaxQueryLength);

    public static QuerySyntaxException TooManyClauses(int position) => new(TooManyClausesCode,
        $"Too many words: the query reaches the limit of {QueryLimits.MaxClauses} words and phrases at position {position}.", position);

    public static QuerySyntaxException TooDeep(int position) => new(TooDeepCode,
        $"Too many nested groups at position {position}: the limit is {QueryLimits.MaxDepth} levels.", position);

    /// <summary>Raised while executing, not parsing (only the dictionary knows how many words a prefix covers), so it carries no position.</summary>
    public static PolicySearchException PrefixTooBroad(string prefix, int terms, int limit) => new(PrefixTooBroadCode,
        $"The prefix '{prefix}*' matches {terms} different words; the limit is {limit}. Type a longer prefix.");
}
