using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Retention;

/// <summary>An administrator places or releases a legal hold on one record; both are audited.</summary>
public sealed class SetLegalHold(CitizenFocusDb db, AuditLog audit, TimeProvider time)
{
    public async Task<Result<long>> PlaceAsync(string recordType, string recordId, string reason, string actor, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(recordType)) errors.Add(new ValidationError("RecordType", "Enter the type of record"));
        if (string.IsNullOrWhiteSpace(recordId)) errors.Add(new ValidationError("RecordId", "Enter the record's reference"));
        if (string.IsNullOrWhiteSpace(reason)) errors.Add(new ValidationError("Reason", "Enter why the record must be kept"));
        if (errors.Count > 0) return Result.Invalid(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var hold = new LegalHold
        {
            RecordType = recordType.Trim(), RecordId = recordId.Trim(), Reason = reason.Trim(), SetBy = actor,
            SetAt = time.GetUtcNow().UtcDateTime,
        };
        db.Set<LegalHold>().Add(hold);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, hold.RecordType, hold.RecordId,
            Justification: hold.Reason, Detail: $"legal hold {hold.Id} placed"), ct);
        await transaction.CommitAsync(ct);
        return hold.Id;
    }

    public async Task<Result<long>> ReleaseAsync(long holdId, string actor, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var hold = await db.Set<LegalHold>().SingleOrDefaultAsync(h => h.Id == holdId && h.ReleasedAt == null, ct);
        if (hold is null) return Result.NotFound("HoldId", "There is no such hold in force");
        hold.ReleasedAt = time.GetUtcNow().UtcDateTime;
        hold.ReleasedBy = actor;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, hold.RecordType, hold.RecordId,
            Detail: $"legal hold {hold.Id} released"), ct);
        await transaction.CommitAsync(ct);
        return hold.Id;
    }
}
