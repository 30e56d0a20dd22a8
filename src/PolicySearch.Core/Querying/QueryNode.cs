namespace PolicySearch.Core.Querying;

/// <summary>
/// The parsed query tree. Leaves hold analysed terms (stemmed, folded), so the tree says exactly what is
/// matched. <see cref="object.ToString"/> prints a canonical Lucene-like form used by tests and logs:
/// <c>(+detain warrant -citi #speaker:"Bruce Rauner")</c>, where <c>#</c> marks a scoreless required filter.
/// </summary>
public abstract record QueryNode;

/// <summary>Every paragraph: the empty query (browse) and the base of a purely negative query.</summary>
public sealed record MatchAllQuery : QueryNode
{
    public override string ToString() => "*:*";
}

/// <summary>One analysed term.</summary>
public sealed record TermQuery(string Term) : QueryNode
{
    public override string ToString() => Term;
}

/// <summary>Every term starting with <see cref="Prefix"/> (<c>detain*</c>), scored as their disjunction.</summary>
public sealed record PrefixQuery(string Prefix) : QueryNode
{
    public override string ToString() => Prefix + "*";
}

/// <summary>
/// Consecutive terms (<see cref="Slop"/> null), or with <see cref="Slop"/> = N all the terms within a window
/// holding at most N other words, in any order (FTS5's NEAR; Lucene's sloppy phrase would charge extra for reordering).
/// </summary>
public sealed record PhraseQuery(IReadOnlyList<string> Terms, int? Slop) : QueryNode
{
    public override string ToString() => $"\"{string.Join(' ', Terms)}\"" + (Slop is { } slop ? $"~{slop}" : "");
}

/// <summary>A facet value (<c>speaker:"Bruce Rauner"</c>), matched case-insensitively and exactly; it never scores.</summary>
public sealed record FieldQuery(string Field, string Value) : QueryNode
{
    public override string ToString() => $"{Field}:\"{Value}\"";
}

/// <summary>How a clause takes part in a <see cref="BooleanQuery"/>, as in Lucene.</summary>
public enum Occur
{
    /// <summary>Optional: adds score; when a query has no required clause, at least one optional clause must match.</summary>
    Should,
    /// <summary>Required and scored (<c>+a</c>, <c>a AND b</c>).</summary>
    Must,
    /// <summary>Excluded (<c>-a</c>, <c>NOT a</c>).</summary>
    MustNot,
    /// <summary>Required, never scored (a fielded clause at top level).</summary>
    Filter,
}

public readonly record struct BooleanClause(Occur Occur, QueryNode Query)
{
    public override string ToString() => Occur switch
    {
        Occur.Must => "+",
        Occur.MustNot => "-",
        Occur.Filter => "#",
        _ => "",
    } + Query;
}

/// <summary>
/// A group of clauses. It matches when every Must and Filter clause matches (or, with none, when some
/// Should clause matches) and no MustNot clause does; with only MustNot clauses it matches every paragraph
/// except those (so <c>-city</c> alone means "all paragraphs without city").
/// </summary>
public sealed record BooleanQuery(IReadOnlyList<BooleanClause> Clauses) : QueryNode
{
    public override string ToString() => $"({string.Join(' ', Clauses)})";
}
