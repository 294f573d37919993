using CitizenFocus.Audit;
using CitizenFocus.Identity;

namespace CitizenFocus.Contact;

/// <summary>Opens a message inside the reader's scope and records the consultation; outside it, "not found".</summary>
public sealed class ConsultMessage(MessageQueries messages, PersonalDataReads reads)
{
    public async Task<MessageRecord?> HandleAsync(string reference, OrgScope scope, string actor, ReadChannel channel, CancellationToken ct = default)
    {
        var record = await messages.FindAsync(reference, ct);
        if (record is null || !scope.Covers(record.Unit)) return null;
        await reads.RecordAsync(actor, channel, PersonalDataRead.Message(record.Reference), ct);
        return record;
    }
}
