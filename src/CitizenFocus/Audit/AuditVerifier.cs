using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Audit;

public sealed record AuditProblem(long Sequence, string Reason);

public sealed record AuditVerification(long RowsChecked, IReadOnlyList<AuditProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>Walks the chain in order and names every row whose content, position or link is wrong.</summary>
public sealed class AuditVerifier(CitizenFocusDb db)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var problems = new List<AuditProblem>();
        long expectedSequence = 1, rows = 0;
        var previousHash = AuditEntry.GenesisHash;

        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            rows++;
            if (entry.Sequence != expectedSequence)
                problems.Add(new AuditProblem(expectedSequence,
                    $"row {expectedSequence} is missing (next row found is {entry.Sequence}): rows were deleted"));
            if (entry.PreviousHash != previousHash)
                problems.Add(new AuditProblem(entry.Sequence, "row does not link to the row before it"));
            if (entry.Hash != entry.ExpectedHash())
                problems.Add(new AuditProblem(entry.Sequence, "row content does not match its hash: it was altered"));
            previousHash = entry.Hash;
            expectedSequence = entry.Sequence + 1;
        }

        var head = await db.AuditChainHead.AsNoTracking().SingleOrDefaultAsync(h => h.Id == 1, ct);
        if (head is null)
            problems.Add(new AuditProblem(0, "the chain head is missing"));
        else if (head.LastSequence != expectedSequence - 1 || head.LastHash != previousHash)
            problems.Add(new AuditProblem(head.LastSequence,
                $"the chain head records row {head.LastSequence} but the last row found is {expectedSequence - 1}: rows at the end were deleted or altered"));

        return new AuditVerification(rows, problems);
    }
}
