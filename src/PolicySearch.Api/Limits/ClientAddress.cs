namespace PolicySearch.Api.Limits;

/// <summary>
/// Whom a request is counted against: its peer's IP address. Behind a reverse proxy that is the proxy's, unless
/// the host is configured for forwarded headers (README, "Limits").
/// </summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
