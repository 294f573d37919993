using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Audit;

public sealed record AuditProblem(long Sequence, string Reason);

public sealed record AuditVerification(long RowsChecked, IReadOnlyList<AuditProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>
/// Walks the chain in order and names every row whose content, position, link or signature is wrong; given a
/// checkpoint, also that the row it recorded still has the hash it recorded.
/// </summary>
public sealed class AuditVerifier(CitizenFocusDb db, AuditKeyring keys, TimeProvider time)
{
    public Task<AuditVerification> VerifyAsync(CancellationToken ct = default) => VerifyAsync(null, allowUnkeyed: false, ct);

    public Task<AuditVerification> VerifyAsync(AuditCheckpoint? checkpoint, CancellationToken ct = default) =>
        VerifyAsync(checkpoint, allowUnkeyed: false, ct);

    /// <summary>The signed head of an intact chain, or null and the verification that found it broken.</summary>
    public async Task<(AuditCheckpoint? Checkpoint, AuditVerification Verification)> CheckpointAsync(CancellationToken ct = default)
    {
        var verification = await VerifyAsync(ct);
        if (!verification.Intact) return (null, verification);
        var head = await db.AuditChainHead.AsNoTracking().SingleAsync(h => h.Id == 1, ct);
        return (AuditCheckpoint.Sign(keys, head.LastSequence, head.LastHash, time.GetUtcNow().UtcDateTime), verification);
    }

    /// <param name="allowUnkeyed">For <see cref="RekeyAuditChain"/> only: rows from before the chain was keyed pass on their plain SHA-256.</param>
    internal async Task<AuditVerification> VerifyAsync(AuditCheckpoint? checkpoint, bool allowUnkeyed, CancellationToken ct)
    {
        var problems = new List<AuditProblem>();
        long expectedSequence = 1, rows = 0, keyedRows = 0, keyedMismatches = 0;
        var previousHash = AuditEntry.GenesisHash;
        string? hashAtCheckpoint = checkpoint is { Sequence: 0 } ? AuditEntry.GenesisHash : null;

        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            rows++;
            if (entry.Sequence != expectedSequence)
                problems.Add(new AuditProblem(expectedSequence,
                    $"row {expectedSequence} is missing (next row found is {entry.Sequence}): rows were deleted"));
            if (entry.PreviousHash != previousHash)
                problems.Add(new AuditProblem(entry.Sequence, "row does not link to the row before it"));
            if (entry.KeyId.Length == 0)
            {
                if (entry.Hash != entry.ExpectedUnkeyedHash())
                    problems.Add(new AuditProblem(entry.Sequence, "row content does not match its hash: it was altered"));
                else if (!allowUnkeyed)
                    problems.Add(new AuditProblem(entry.Sequence,
                        "row was written before the trail was keyed (plain SHA-256, which anyone can recompute): run `audit rekey` to sign it"));
            }
            else if (entry.ExpectedHash(keys) is not { } expected)
                problems.Add(new AuditProblem(entry.Sequence,
                    $"row is signed with key '{entry.KeyId}', which is not configured (Audit:RetiredKeys:{entry.KeyId})"));
            else
            {
                keyedRows++;
                if (entry.Hash != expected)
                {
                    keyedMismatches++;
                    problems.Add(new AuditProblem(entry.Sequence, "row content does not match its hash: it was altered"));
                }
            }
            if (checkpoint is not null && entry.Sequence == checkpoint.Sequence) hashAtCheckpoint = entry.Hash;
            previousHash = entry.Hash;
            expectedSequence = entry.Sequence + 1;
        }

        var head = await db.AuditChainHead.AsNoTracking().SingleOrDefaultAsync(h => h.Id == 1, ct);
        if (head is null)
            problems.Add(new AuditProblem(0, "the chain head is missing"));
        else if (head.LastSequence != expectedSequence - 1 || head.LastHash != previousHash)
            problems.Add(new AuditProblem(head.LastSequence,
                $"the chain head records row {head.LastSequence} but the last row found is {expectedSequence - 1}: rows at the end were deleted or altered"));

        // Every row failing at once is rarely tampering with each: far more often the key is not the one the trail was written with.
        if (keyedRows > 0 && keyedMismatches == keyedRows)
            problems.Add(new AuditProblem(0,
                $"no row matches its hash under the configured key: if nothing was altered, Audit:Key is not the key this trail was written with"));

        if (checkpoint is not null) CheckCheckpoint(checkpoint, hashAtCheckpoint, expectedSequence - 1, problems);
        return new AuditVerification(rows, problems);
    }

    private void CheckCheckpoint(AuditCheckpoint checkpoint, string? hashAtCheckpoint, long lastRow, List<AuditProblem> problems)
    {
        var taken = UkTime.FormatStamp(checkpoint.TakenAt);
        if (!checkpoint.IsSignedBy(keys))
            problems.Add(new AuditProblem(checkpoint.Sequence, keys.Knows(checkpoint.KeyId)
                ? $"the checkpoint of {taken} is not signed by audit key '{checkpoint.KeyId}': the checkpoint file was altered, or the key is not the one that signed it"
                : $"the checkpoint of {taken} is signed with audit key '{checkpoint.KeyId}', which is not configured (Audit:RetiredKeys:{checkpoint.KeyId})"));
        if (hashAtCheckpoint is null)
            problems.Add(new AuditProblem(checkpoint.Sequence,
                $"the checkpoint of {taken} records row {checkpoint.Sequence} but the chain ends at row {lastRow}: rows were deleted"));
        else if (hashAtCheckpoint != checkpoint.Hash)
            problems.Add(new AuditProblem(checkpoint.Sequence,
                $"row no longer has the hash the checkpoint of {taken} recorded: history up to row {checkpoint.Sequence} was rewritten"));
    }
}
