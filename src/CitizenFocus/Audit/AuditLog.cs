using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Audit;

/// <summary>
/// Appends to the keyed hash chain of the audit trail (each row signed with the current key of <see cref="AuditKeyring"/>). Writes go through SQL inside the caller's transaction
/// (or a new one) so that the audit row and the change it records commit or fail together, and
/// so that nothing else pending in the change tracker is saved by accident.
/// </summary>
public sealed class AuditLog(CitizenFocusDb db, TimeProvider time, AuditKeyring keys)
{
    public async Task AppendAsync(AuditRecord record, CancellationToken ct = default)
    {
        if (record.Action == AuditAction.Disclosure && string.IsNullOrWhiteSpace(record.Justification))
            throw new ArgumentException("A disclosure must be logged with its justification.", nameof(record));
        if (record.Action == AuditAction.Consultation)
            throw new ArgumentException(
                $"A consultation of personal data is recorded through {nameof(PersonalDataReads)}, the same for pages, the API and the command line.",
                nameof(record));
        await WriteAsync(record, ct);
    }

    /// <summary>For <see cref="PersonalDataReads"/> only: the one writer of consultations.</summary>
    internal Task AppendConsultationAsync(AuditRecord record, CancellationToken ct) =>
        WriteAsync(record with { Action = AuditAction.Consultation }, ct);

    private async Task WriteAsync(AuditRecord record, CancellationToken ct)
    {
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        try
        {
            // Touching the head row first takes the write lock, so concurrent appenders queue here
            // and each reads the head its predecessor committed.
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"AuditChainHead\" SET \"LastSequence\" = \"LastSequence\" WHERE \"Id\" = 1", ct);
            var head = await db.AuditChainHead.AsNoTracking().SingleAsync(h => h.Id == 1, ct);

            var sequence = head.LastSequence + 1;
            var at = TruncateToMicroseconds(time.GetUtcNow().UtcDateTime);
            var keyId = keys.CurrentId;
            var hash = AuditEntry.ComputeHash(keys, keyId, sequence, at, record.Actor, record.Action, record.RecordType,
                record.RecordId, record.Justification, record.Detail, head.LastHash);
            var action = (int)record.Action;
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "AuditEntries" ("Sequence", "OccurredAt", "Actor", "Action", "RecordType", "RecordId", "Justification", "Detail", "PreviousHash", "Hash", "KeyId")
                VALUES ({sequence}, {at}, {record.Actor}, {action}, {record.RecordType}, {record.RecordId}, {record.Justification}, {record.Detail}, {head.LastHash}, {hash}, {keyId})
                """, ct);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"AuditChainHead\" SET \"LastSequence\" = {sequence}, \"LastHash\" = {hash} WHERE \"Id\" = 1", ct);

            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>PostgreSQL keeps microseconds; hashing the stored precision keeps verification exact on both databases.</summary>
    internal static DateTime TruncateToMicroseconds(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);
}
