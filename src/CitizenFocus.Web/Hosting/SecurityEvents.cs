using CitizenFocus.Audit;

namespace CitizenFocus.Web.Hosting;

/// <summary>
/// Writes security events (sign-ins, failures, lockouts, sign-outs, rate-limit refusals, refused out-of-scope
/// requests) to the audit trail, with the client address, the account as typed as the actor, and the path.
/// </summary>
public sealed class SecurityEvents(AuditLog audit)
{
    public Task WriteAsync(AuditAction action, string actor, HttpContext http, string? reason, CancellationToken ct)
    {
        var detail = Origin(http) + (reason is null ? "" : $"; {reason}");
        var account = string.IsNullOrWhiteSpace(actor) ? "(none given)" : Truncate(actor.Trim(), 256);
        return audit.AppendAsync(new AuditRecord(account, action, "Account", account, Detail: Truncate(detail, 1000)), ct);
    }

    /// <summary>"from 203.0.113.9; GET /Calls/C-1234": the client (after trusted proxies' forwarded headers) and the request.</summary>
    public static string Origin(HttpContext http) =>
        $"from {http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}; {http.Request.Method} {http.Request.Path}";

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
