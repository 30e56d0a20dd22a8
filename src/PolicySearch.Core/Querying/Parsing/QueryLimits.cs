namespace PolicySearch.Core.Querying.Parsing;

/// <summary>
/// Bounds that keep one hostile query from costing the service more than a normal one: researchers'
/// queries are a few words; thousands of clauses or deep nesting are errors, not work.
/// </summary>
public static class QueryLimits
{
    public const int MaxQueryLength = 1000;
    public const int MaxClauses = 64;
    public const int MaxDepth = 16;
    public const int MaxProximity = 100;
}
