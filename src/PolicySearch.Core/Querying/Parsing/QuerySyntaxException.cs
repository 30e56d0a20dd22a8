namespace PolicySearch.Core.Querying.Parsing;

/// <summary>A query the parser cannot read: <see cref="PolicySearchException.Code"/> says what, <see cref="Position"/> says where.</summary>
public sealed class QuerySyntaxException : PolicySearchException
{
    public QuerySyntaxException(string code, string message, int position)
        : base(code, message) => Position = position;

    public QuerySyntaxException() : this("query.syntax", "The query could not be read.", 0) { }

    public QuerySyntaxException(string message) : this("query.syntax", message, 0) { }

    public QuerySyntaxException(string message, Exception innerException)
        : base("query.syntax", message, innerException) { }

    /// <summary>0-based character offset in the query where the problem is.</summary>
    public int Position { get; }
}
