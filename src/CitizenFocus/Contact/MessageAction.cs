using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Contact;

/// <summary>
/// What every change to a message shares: find it inside the actor's scope, run the change and its
/// audit row in one transaction. A message outside the scope is "not found" to the actor, and the attempt is
/// written to the audit trail.
/// </summary>
public sealed class MessageAction(CitizenFocusDb db, AuditLog audit, ScopeRefusals refusals, RecordRestrictions restrictions)
{
    public async Task<Result> RunAsync(string reference, OrgScope scope, string actor, string what,
        Func<TeamMessage, Task<Result>> change, CancellationToken ct)
    {
        // A message's place never changes, so its scope is checked before the transaction, and a refusal
        // is written on its own.
        var place = await db.TeamMessages.AsNoTracking().Where(m => m.Reference == reference)
            .Select(m => new { m.BoroughId, m.WardId, AreaId = db.Boroughs.Where(b => b.Id == m.BoroughId).Select(b => b.AreaId).First() })
            .SingleOrDefaultAsync(ct);
        if (place is null) return Result.NotFound("Reference", $"There is no message {reference}");
        if (!scope.Covers(new OrgUnitRef(place.AreaId, place.BoroughId, place.WardId)))
        {
            await refusals.RecordAsync(actor, "Message", reference, ct);
            return Result.NotFound("Reference", $"There is no message {reference}");
        }
        // A restricted message is not processed (DPA 2018 s.47) except by the roles its restriction names.
        if (!await restrictions.MayReadAsync("Message", reference, actor, ct))
            return Result.NotFound("Reference", $"There is no message {reference}");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var message = await db.TeamMessages.SingleAsync(m => m.Reference == reference, ct);
        var result = await change(message);
        if (!result.Succeeded) return result;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, "Message", reference, Detail: what), ct);
        await tx.CommitAsync(ct);
        return result;
    }
}
