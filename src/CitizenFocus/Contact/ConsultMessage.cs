using CitizenFocus.Audit;
using CitizenFocus.Identity;

namespace CitizenFocus.Contact;

/// <summary>Opens a message inside the reader's scope and logs the consultation; outside it, "not found".</summary>
public sealed class ConsultMessage(MessageQueries messages, AuditLog audit)
{
    public async Task<MessageRecord?> HandleAsync(string reference, OrgScope scope, string actor, CancellationToken ct = default)
    {
        var record = await messages.FindAsync(reference, ct);
        if (record is null || !scope.Covers(record.Unit)) return null;
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Consultation, "Message", record.Reference), ct);
        return record;
    }
}
