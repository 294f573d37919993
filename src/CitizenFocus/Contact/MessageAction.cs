using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Contact;

/// <summary>
/// What every change to a message shares: find it inside the actor's scope, run the change and its
/// audit row in one transaction.
/// </summary>
public sealed class MessageAction(CitizenFocusDb db, AuditLog audit)
{
    public async Task<Result> RunAsync(string reference, OrgScope scope, string actor, string what,
        Func<TeamMessage, Task<Result>> change, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var message = await db.TeamMessages.SingleOrDefaultAsync(m => m.Reference == reference, ct);
        if (message is null) return Result.NotFound("Reference", $"There is no message {reference}");
        var areaId = await db.Boroughs.Where(b => b.Id == message.BoroughId).Select(b => b.AreaId).SingleAsync(ct);
        if (!scope.Covers(new OrgUnitRef(areaId, message.BoroughId, message.WardId)))
            return Result.NotFound("Reference", $"There is no message {reference}");

        var result = await change(message);
        if (!result.Succeeded) return result;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, "Message", reference, Detail: what), ct);
        await tx.CommitAsync(ct);
        return result;
    }
}
