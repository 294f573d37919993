using CitizenFocus.Audit;
using CitizenFocus.Identity;

namespace CitizenFocus.Calls;

/// <summary>
/// Opens a call record for a member of staff: only inside their scope, and every opening is recorded as a
/// consultation through <see cref="PersonalDataReads"/>. Out of scope looks the same as not found, so that the
/// existence of another borough's records is not disclosed.
/// </summary>
public sealed class ConsultCall(CallQueries calls, PersonalDataReads reads)
{
    public async Task<CallRecord?> HandleAsync(string reference, OrgScope scope, string actor, ReadChannel channel, CancellationToken ct = default)
    {
        var record = await calls.FindAsync(reference, ct);
        if (record is null || !scope.Covers(record.Unit)) return null;
        await reads.RecordAsync(actor, channel, PersonalDataRead.Call(record.Reference), ct);
        return record;
    }
}
