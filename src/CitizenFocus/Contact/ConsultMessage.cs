using CitizenFocus.Audit;
using CitizenFocus.Identity;
using CitizenFocus.Sharing;

namespace CitizenFocus.Contact;

/// <summary>
/// Opens a message the scope rule lets the reader see and records the consultation through
/// <see cref="PersonalDataReads"/>; otherwise "not found", with the attempt on a message that exists written
/// to the audit trail through <see cref="ScopeRefusals"/>. A partner agency sees a message shared with it,
/// and the sender's details only where a disclosure to the agency is recorded.
/// </summary>
public sealed class ConsultMessage(MessageQueries messages, SharingQueries sharing, PersonalDataReads reads, ScopeRefusals refusals,
    RecordRestrictions restrictions)
{
    public async Task<MessageRecord?> HandleAsync(string reference, OrgScope scope, string actor, ReadChannel channel, CancellationToken ct = default)
    {
        var record = await messages.FindAsync(reference, scope, ct);
        if (record is null)
        {
            if (await messages.ExistsAnywhereAsync(reference, ct)) await refusals.RecordAsync(actor, "Message", reference, ct);
            return null;
        }
        if (!await restrictions.MayReadAsync("Message", record.Reference, actor, ct)) return null;
        if (!await sharing.PersonalDetailsVisibleAsync(scope, RecordPlaces.Message, record.Reference, ct))
            record = record.WithoutPersonalDetails();
        await reads.RecordAsync(actor, channel, PersonalDataRead.Message(record.Reference), ct);
        return record;
    }
}
