namespace PolicySearch.Core;

/// <summary>
/// The one exception type the core throws for problems a user can cause (bad query, bad parameter,
/// bad input file, missing index). The edge (HTTP, console) turns it into a message; <see cref="Code"/>
/// is stable and machine-readable, the message is for people.
/// </summary>
public class PolicySearchException : Exception
{
    public PolicySearchException(string code, string message)
        : base(message) => Code = code;

    public PolicySearchException(string code, string message, Exception innerException)
        : base(message, innerException) => Code = code;

    public PolicySearchException() : this("error", "PolicySearch error.") { }

    public PolicySearchException(string message) : this("error", message) { }

    public PolicySearchException(string message, Exception innerException) : this("error", message, innerException) { }

    /// <summary>Stable error code, e.g. <c>query.unbalanced-quote</c> or <c>request.page-size</c>.</summary>
    public string Code { get; }
}
