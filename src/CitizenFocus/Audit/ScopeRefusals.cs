namespace CitizenFocus.Audit;

/// <summary>
/// Writes a refused attempt to read or change a record outside the reader's organisational scope to the audit
/// trail (OWASP ASVS V16): who, which record, from where. The reader is still told only "not found", so that
/// the existence of another borough's records is not disclosed; the trail is where the attempt shows.
/// Only records that exist are written: a mistyped reference is not an attempt on anyone's record.
/// </summary>
public sealed class ScopeRefusals(AuditLog audit, RequestOrigin origin)
{
    public Task RecordAsync(string actor, string recordType, string recordId, CancellationToken ct = default) =>
        RecordAsync(actor, recordType, recordId, "outside the reader's scope", ct);

    /// <summary>A refusal for another reason than scope: a restricted record, read by a role it does not name.</summary>
    public Task RecordAsync(string actor, string recordType, string recordId, string why, CancellationToken ct = default) =>
        audit.AppendAsync(new AuditRecord(string.IsNullOrWhiteSpace(actor) ? "(unknown)" : actor, AuditAction.RefusedOutOfScope,
            recordType, Truncate(recordId, 64), Detail: Truncate($"{origin.Description}; {why}", 1000)), ct);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
