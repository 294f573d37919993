using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Audit;

/// <summary>What <see cref="RekeyAuditChain"/> did: how many rows it signed, or why it refused.</summary>
public sealed record AuditRekeyed(long RowsSigned, AuditVerification Before)
{
    public bool Done => Before.Intact;
}

/// <summary>
/// Signs the whole chain again with the current key: once after upgrading a trail written before the chain
/// was keyed, and after a key has leaked (the leaked key can rebuild the chain, so it must stop verifying
/// anything). It first verifies the chain as it stands — with the keys its rows name, or plain SHA-256 for
/// unkeyed rows — and refuses to sign a broken chain, which would launder the tampering. Ordinary rotation
/// does not need it: a new current key with the old one retired keeps every row and checkpoint valid.
/// Checkpoints taken before a re-key no longer match: take a new one afterwards.
/// </summary>
public sealed class RekeyAuditChain(CitizenFocusDb db, AuditKeyring keys, AuditVerifier verifier)
{
    private const int BatchSize = 1_000;

    public async Task<AuditRekeyed> HandleAsync(CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The head's write lock holds appenders back until the new chain is committed.
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditChainHead\" SET \"LastSequence\" = \"LastSequence\" WHERE \"Id\" = 1", ct);
        var before = await verifier.VerifyAsync(null, allowUnkeyed: true, ct);
        if (!before.Intact) return new AuditRekeyed(0, before);

        var keyId = keys.CurrentId;
        var previousHash = AuditEntry.GenesisHash;
        long signed = 0, after = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var entry in batch)
            {
                var hash = AuditEntry.ComputeHash(keys, keyId, entry.Sequence, entry.OccurredAt, entry.Actor, entry.Action,
                    entry.RecordType, entry.RecordId, entry.Justification, entry.Detail, previousHash);
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"UPDATE \"AuditEntries\" SET \"PreviousHash\" = {previousHash}, \"Hash\" = {hash}, \"KeyId\" = {keyId} WHERE \"Sequence\" = {entry.Sequence}", ct);
                previousHash = hash;
                signed++;
            }
            after = batch[^1].Sequence;
        }
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"AuditChainHead\" SET \"LastHash\" = {previousHash} WHERE \"Id\" = 1", ct);
        await tx.CommitAsync(ct);
        return new AuditRekeyed(signed, before);
    }
}
