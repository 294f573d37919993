using CitizenFocus.Audit;
using CitizenFocus.Identity;

namespace CitizenFocus.Calls;

/// <summary>
/// Opens a call record for a member of staff: only inside their scope, and every opening is logged
/// as a consultation (DPA 2018 s.62). Out of scope looks the same as not found, so that the
/// existence of another borough's records is not disclosed.
/// </summary>
public sealed class ConsultCall(CallQueries calls, AuditLog audit)
{
    public async Task<CallRecord?> HandleAsync(string reference, OrgScope scope, string actor, CancellationToken ct = default)
    {
        var record = await calls.FindAsync(reference, ct);
        if (record is null || !scope.Covers(record.Unit)) return null;
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Consultation, "Call", record.Reference), ct);
        return record;
    }
}
