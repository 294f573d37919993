using CitizenFocus.Audit;
using CitizenFocus.Identity;
using CitizenFocus.Sharing;

namespace CitizenFocus.Calls;

/// <summary>
/// Opens a call record: only when the scope rule lets the reader see it, and every opening is recorded
/// as a consultation through <see cref="PersonalDataReads"/> (DPA 2018 s.62). Out of scope looks the same
/// as not found, so that the existence of another borough's records is not disclosed; the attempt on a record
/// that exists is written to the audit trail through <see cref="ScopeRefusals"/>. A partner agency
/// sees a call shared with it, and the caller's name and phone only where a disclosure to the agency is recorded.
/// </summary>
public sealed class ConsultCall(CallQueries calls, SharingQueries sharing, PersonalDataReads reads, ScopeRefusals refusals,
    RecordRestrictions restrictions)
{
    public async Task<CallRecord?> HandleAsync(string reference, OrgScope scope, string actor, ReadChannel channel, CancellationToken ct = default)
    {
        var record = await calls.FindAsync(reference, scope, ct);
        if (record is null)
        {
            if (await calls.ExistsAnywhereAsync(reference, ct)) await refusals.RecordAsync(actor, "Call", reference, ct);
            return null;
        }
        if (!await restrictions.MayReadAsync("Call", record.Reference, actor, ct)) return null;
        if (!await sharing.PersonalDetailsVisibleAsync(scope, RecordPlaces.Call, record.Reference, ct))
            record = record.WithoutPersonalDetails();
        await reads.RecordAsync(actor, channel, PersonalDataRead.Call(record.Reference), ct);
        return record;
    }
}
