namespace PolicySearch.Core.Querying.Parsing;

public enum QueryTokenKind
{
    Word,
    Prefix,
    Phrase,
    Field,
    And,
    Or,
    Not,
    Required,
    Prohibited,
    OpenGroup,
    CloseGroup,
}

/// <summary>
/// One lexical unit of a query. <see cref="Text"/> is the word (without its '*'), the phrase (without quotes)
/// or the field name; <see cref="Slop"/> is the <c>~N</c> after a phrase; <see cref="Position"/> is where it starts.
/// </summary>
public readonly record struct QueryToken(QueryTokenKind Kind, string Text, int Position, int? Slop = null);
