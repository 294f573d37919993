using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Contact;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Retention;

/// <summary>
/// Applies the retention rules: every record whose period has run, and which no legal hold keeps, has its
/// personal fields removed by its owning capability, with an Erasure row in the audit trail in the same
/// transaction. A dry run lists the same records and changes nothing.
/// </summary>
public sealed class RunRetentionSweep(
    CitizenFocusDb db, AuditLog audit, EraseMessageDetails messages, EraseCallDetails calls, TimeProvider time)
{
    /// <summary>The actor the background worker records.</summary>
    public const string SystemActor = "system:retention";

    /// <summary>Candidates read per rule per run: a backlog clears over several runs, each a short transaction.</summary>
    public const int BatchSize = 500;

    public async Task<RetentionReport> RunAsync(string actor, bool dryRun, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rules = await db.Set<RetentionRule>().AsNoTracking().Where(r => r.AppliesFrom <= now).OrderBy(r => r.Id).ToListAsync(ct);
        var actions = new List<RetentionAction>();
        var held = 0;
        foreach (var rule in rules)
        {
            if (rule.Outcome != RetentionOutcome.Anonymise) continue;
            var cutoff = now.AddDays(-rule.PeriodDays);
            var due = rule.RecordType switch
            {
                RetentionDefaults.Message => await messages.DueAsync(cutoff, BatchSize, ct),
                RetentionDefaults.Call => await calls.DueAsync(cutoff, BatchSize, ct),
                _ => [],
            };
            if (due.Count == 0) continue;
            var holds = await db.Set<LegalHold>().AsNoTracking()
                .Where(h => h.RecordType == rule.RecordType && h.ReleasedAt == null && due.Contains(h.RecordId))
                .Select(h => h.RecordId).ToListAsync(ct);
            var heldIds = holds.ToHashSet(StringComparer.Ordinal);
            held += due.Count(heldIds.Contains);
            foreach (var id in due.Where(id => !heldIds.Contains(id)))
            {
                actions.Add(new RetentionAction(rule.RecordType, id, rule.Outcome));
                if (dryRun) continue;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var changed = rule.RecordType == RetentionDefaults.Message
                    ? await messages.AnonymiseAsync(id, ct)
                    : await calls.AnonymiseAsync(id, ct);
                if (changed > 0)
                    await audit.AppendAsync(new AuditRecord(actor, AuditAction.Erasure, rule.RecordType, id,
                        Detail: $"anonymised under retention rule {rule.Id}: {rule.PeriodDays} days from {rule.CountedFrom}"), ct);
                await transaction.CommitAsync(ct);
            }
        }
        return new RetentionReport(dryRun, actions, held);
    }
}
