using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Promises;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Retention;

public sealed record RecordReviewDecision(string RecordType, string RecordId, ReviewDecision Decision, string? Reason);

/// <summary>An open review, as listed for the reviewer: the record, the rule, and when the review is due.</summary>
public sealed record OpenRecordReview(string RecordType, string RecordId, int RuleId, DateTime OpenedAt, DateTime DueAt, string? Title);

/// <summary>
/// A reviewer's decision on a record brought up for review (MoPI). Keeping it needs a reason and sets the next review
/// (the rule's period on from today); disposing of it removes its personal details through the owning capability,
/// with an Erasure row in the audit trail. Either ends the review's clock: met within 28 days, breached after. A record
/// under a legal hold cannot be disposed of. The decision, the clock and the audit row commit together.
/// </summary>
public sealed class DecideRecordReview(CitizenFocusDb db, AuditLog audit, Clocks clocks, ReviewCrimeDetails crimes, TimeProvider time)
{
    public async Task<IReadOnlyList<OpenRecordReview>> OpenAsync(CancellationToken ct = default) =>
        await db.RecordReviews.AsNoTracking().Where(r => r.Decision == null)
            .Join(db.Clocks, r => r.ClockId, c => c.Id, (r, c) => new { r.RecordType, r.RecordId, r.RuleId, r.OpenedAt, c.DueAt, c.Title })
            .OrderBy(r => r.DueAt).ThenBy(r => r.RecordId)
            .Select(r => new OpenRecordReview(r.RecordType, r.RecordId, r.RuleId, r.OpenedAt, r.DueAt, r.Title))
            .ToListAsync(ct);

    public async Task<Result<string>> HandleAsync(RecordReviewDecision request, string actor, CancellationToken ct = default)
    {
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason)) return Result.Invalid(nameof(request.Reason), "Give the reason for the decision");
        if (reason.Length > 1000) return Result.Invalid(nameof(request.Reason), "The reason must be 1,000 characters or fewer");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var review = await db.RecordReviews.SingleOrDefaultAsync(r => r.RecordType == request.RecordType && r.RecordId == request.RecordId
            && r.Decision == null, ct);
        if (review is null) return Result.NotFound(nameof(request.RecordId), $"No review is open for {request.RecordType} {request.RecordId}");
        var held = await db.LegalHolds.AnyAsync(h => h.RecordType == request.RecordType && h.RecordId == request.RecordId && h.ReleasedAt == null, ct);
        if (held && request.Decision == ReviewDecision.Dispose)
            return Result.Conflict(nameof(request.Decision), $"{request.RecordType} {request.RecordId} is under a legal hold: it cannot be disposed of until the hold is released");
        var rule = await db.RetentionRules.AsNoTracking().SingleAsync(r => r.Id == review.RuleId, ct);

        var now = time.GetUtcNow().UtcDateTime;
        review.Decision = request.Decision;
        review.DecidedAt = now;
        review.DecidedBy = actor;
        review.Reason = reason;
        string what;
        if (request.Decision == ReviewDecision.Retain)
        {
            review.NextReviewAt = now.AddDays(rule.PeriodDays);
            what = $"kept after review; next review {UkTime.FormatDate(review.NextReviewAt.Value)}";
            await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, request.RecordType, request.RecordId,
                Justification: reason, Detail: what), ct);
        }
        else
        {
            await crimes.DisposeAsync(request.RecordId, ct);
            what = "disposed of after review: victim and offender references and the place removed";
            await audit.AppendAsync(new AuditRecord(actor, AuditAction.Erasure, request.RecordType, request.RecordId,
                Justification: reason, Detail: what), ct);
        }
        await db.SaveChangesAsync(ct);
        var outcome = await clocks.EndAsync(review.ClockId, actor, breachReason: null, explanation: null, ct);
        await transaction.CommitAsync(ct);
        return outcome == ClockOutcome.Breached ? what + " (the review was late)" : what;
    }
}
