using System.Globalization;
using CitizenFocus.Audit;
using CitizenFocus.Calls;
using CitizenFocus.Common;
using CitizenFocus.Contact;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Promises;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Retention;

/// <summary>
/// Applies the retention rules. Every record whose period has run, and which no legal hold keeps, is acted on by its
/// owning capability: anonymised (its personal fields removed, with an Erasure row in the audit trail in the same
/// transaction) or, under a Review rule, brought up for review: a <see cref="RecordReview"/> with a clock on the
/// promise engine (<see cref="StandardCodes.RecordReview"/>), so it sits in the borough's queue until a reviewer
/// decides (<see cref="DecideRecordReview"/>). A dry run lists the same records and changes nothing.
/// </summary>
public sealed class RunRetentionSweep(
    CitizenFocusDb db, AuditLog audit, EraseMessageDetails messages, EraseCallDetails calls, ReviewCrimeDetails crimes,
    Clocks clocks, TimeProvider time)
{
    /// <summary>The actor the background worker records.</summary>
    public const string SystemActor = "system:retention";

    /// <summary>Candidates read per rule per run: a backlog clears over several runs, each a short transaction.</summary>
    public const int BatchSize = 500;

    public async Task<RetentionReport> RunAsync(string actor, bool dryRun, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // For each record type and category, the version of its rule in force now (a change from a later date waits).
        var rules = ChangeRetentionRule.InForce(await db.RetentionRules.AsNoTracking().Where(r => r.AppliesFrom <= now).ToListAsync(ct), now).ToList();
        var actions = new List<RetentionAction>();
        var held = 0;
        foreach (var rule in rules.Where(r => r.Outcome == RetentionOutcome.Anonymise))
        {
            var cutoff = now.AddDays(-rule.PeriodDays);
            var holds = HeldQuery(rule.RecordType);
            var due = rule.RecordType switch
            {
                RetentionDefaults.Message => await messages.DueAsync(cutoff, holds, BatchSize, ct),
                RetentionDefaults.Call => await calls.DueAsync(cutoff, holds, BatchSize, ct),
                _ => [],
            };
            // How many records past their period a hold keeps: the report says so, so that a hold is not forgotten.
            held += rule.RecordType switch
            {
                RetentionDefaults.Message => await messages.CountDueAsync(cutoff, holds, ct),
                RetentionDefaults.Call => await calls.CountDueAsync(cutoff, holds, ct),
                _ => 0,
            };
            foreach (var id in due)
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
        actions.AddRange(await OpenCrimeReviewsAsync(rules, now, actor, dryRun, ct));
        return new RetentionReport(dryRun, actions, held);
    }

    /// <summary>The record ids of one type under a legal hold not yet released.</summary>
    private IQueryable<string> HeldQuery(string recordType) =>
        db.LegalHolds.AsNoTracking().Where(h => h.RecordType == recordType && h.ReleasedAt == null).Select(h => h.RecordId);

    /// <summary>
    /// Crimes whose review date has come under the Review rules: a rule naming a crime group covers the crimes in it,
    /// the rule without one every crime in none of the named groups. A crime already under review, disposed of, or
    /// kept until a later date, is not brought up again; nor is one under a legal hold.
    /// </summary>
    private async Task<List<RetentionAction>> OpenCrimeReviewsAsync(List<RetentionRule> rules, DateTime now, string actor, bool dryRun,
        CancellationToken ct)
    {
        var reviewRules = rules.Where(r => r.RecordType == RetentionDefaults.Crime && r.Outcome == RetentionOutcome.Review).ToList();
        var actions = new List<RetentionAction>();
        if (reviewRules.Count == 0) return actions;
        var masks = await crimes.GroupMasksAsync([.. reviewRules.Where(r => r.Category is not null).Select(r => r.Category!)], ct);
        var named = masks.Values.Aggregate(0, (all, mask) => all | mask);
        var reviewed = db.RecordReviews.AsNoTracking()
            .Where(r => r.RecordType == RetentionDefaults.Crime && (r.Decision == null || r.Decision == ReviewDecision.Dispose || r.NextReviewAt > now))
            .Select(r => r.RecordId);
        foreach (var rule in reviewRules)
        {
            int inGroups = 0, notInGroups = 0;
            if (rule.Category is null) notInGroups = named;
            else if (!masks.TryGetValue(rule.Category, out inGroups)) continue; // a group the force has since removed
            var due = await crimes.DueForReviewAsync(now.AddDays(-rule.PeriodDays), inGroups, notInGroups, reviewed,
                HeldQuery(RetentionDefaults.Crime), BatchSize, ct);
            foreach (var crime in due)
            {
                actions.Add(new RetentionAction(RetentionDefaults.Crime, crime.Reference, RetentionOutcome.Review));
                if (dryRun) continue;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var title = $"Review crime record {crime.Reference}: {crime.CrimeType}, recorded {UkTime.FormatDate(crime.ReportedAt)}";
                var clock = await clocks.StartAsync(StandardCodes.RecordReview,
                    new ClockSubject(RetentionDefaults.Crime, crime.Reference, crime.BoroughId, crime.WardId, null, null,
                        title.Length > 200 ? title[..200] : title), actor, ct: ct);
                db.RecordReviews.Add(new RecordReview
                {
                    RecordType = RetentionDefaults.Crime, RecordId = crime.Reference, RuleId = rule.Id, OpenedAt = now, ClockId = clock.Id,
                });
                await db.SaveChangesAsync(ct);
                await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, RetentionDefaults.Crime, crime.Reference,
                    Detail: $"brought up for review under retention rule {rule.Id}: {rule.PeriodDays.ToString(CultureInfo.InvariantCulture)} days from {rule.CountedFrom}"), ct);
                await transaction.CommitAsync(ct);
            }
        }
        return actions;
    }
}
