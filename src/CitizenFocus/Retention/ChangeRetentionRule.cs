using System.Globalization;
using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Retention;

public sealed record RetentionRuleChange(int RuleId, int? PeriodDays, RetentionOutcome? Outcome, DateOnly? AppliesFrom, string? Basis);

/// <summary>A rule as the administrators' page lists it: in force now, scheduled from a later date, or replaced.</summary>
public sealed record RetentionRuleRow(RetentionRule Rule, RetentionRuleState State);

public enum RetentionRuleState
{
    InForce = 0,
    Scheduled = 1,
    Replaced = 2,
}

/// <summary>
/// Administrators change a retention rule from a stated date, never before today: the change is a new version of the
/// rule (same record type and category), so the sweep goes on applying the old one until that date and every record
/// already dealt with stays as it was. A version not yet in force may be corrected in place. Each change is an
/// alteration in the audit trail with the basis as its justification.
/// </summary>
public sealed class ChangeRetentionRule(CitizenFocusDb db, AuditLog audit, TimeProvider time)
{
    public const string RecordType = "RetentionRule";

    /// <summary>For each record type and category, the version in force at <paramref name="nowUtc"/>: the latest that applies by then.</summary>
    public static IReadOnlyList<RetentionRule> InForce(IEnumerable<RetentionRule> rules, DateTime nowUtc) =>
        [.. rules.Where(r => r.AppliesFrom <= nowUtc).GroupBy(r => (r.RecordType, r.Category))
            .Select(g => g.OrderByDescending(r => r.AppliesFrom).ThenByDescending(r => r.Id).First()).OrderBy(r => r.Id)];

    public async Task<IReadOnlyList<RetentionRuleRow>> ListAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rules = await db.RetentionRules.AsNoTracking().ToListAsync(ct);
        var inForce = InForce(rules, now).Select(r => r.Id).ToHashSet();
        return [.. rules.OrderBy(r => r.RecordType).ThenBy(r => r.Category).ThenBy(r => r.AppliesFrom)
            .Select(r => new RetentionRuleRow(r, inForce.Contains(r.Id) ? RetentionRuleState.InForce
                : r.AppliesFrom > now ? RetentionRuleState.Scheduled : RetentionRuleState.Replaced))];
    }

    public async Task<Result<int>> HandleAsync(RetentionRuleChange change, string actor, CancellationToken ct = default)
    {
        var rule = await db.RetentionRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == change.RuleId, ct);
        if (rule is null) return Result.NotFound(nameof(change.RuleId), "There is no such retention rule");
        var today = UkTime.Today(time);
        var errors = new List<ValidationError>();
        if (change.PeriodDays is not (>= 1 and <= 36_500)) errors.Add(new(nameof(change.PeriodDays), "Enter the period as a number of days from 1 to 36,500"));
        var allowed = rule.RecordType == RetentionDefaults.Crime ? RetentionOutcome.Review : RetentionOutcome.Anonymise;
        if (change.Outcome != allowed)
            errors.Add(new(nameof(change.Outcome), rule.RecordType == RetentionDefaults.Crime
                ? "Crime records are reviewed (MoPI), not anonymised or deleted by the clock"
                : "Calls and messages are anonymised: their counts and clocks stay for the figures, so nothing deletes them"));
        if (change.AppliesFrom is null) errors.Add(new(nameof(change.AppliesFrom), "Enter the date the change applies from"));
        else if (change.AppliesFrom < today) errors.Add(new(nameof(change.AppliesFrom), "The date must be today or later: a change never reaches back"));
        var basis = change.Basis?.Trim();
        if (string.IsNullOrEmpty(basis)) errors.Add(new(nameof(change.Basis), "Give the reason for the period: the business need or the guidance it follows"));
        else if (basis.Length > 500) errors.Add(new(nameof(change.Basis), "The reason must be 500 characters or fewer"));
        if (errors.Count > 0) return Result.Invalid(errors);

        var from = UkTime.StartOfDayUtc(change.AppliesFrom!.Value);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var same = await db.RetentionRules.SingleOrDefaultAsync(r => r.RecordType == rule.RecordType && r.Category == rule.Category && r.AppliesFrom == from, ct);
        if (same is not null && same.AppliesFrom <= time.GetUtcNow().UtcDateTime)
            return Result.Conflict(nameof(change.AppliesFrom), "A version of this rule is already in force from that date: choose a later date");
        var version = same ?? new RetentionRule
        {
            Id = 1 + await db.RetentionRules.MaxAsync(r => r.Id, ct), RecordType = rule.RecordType, Category = rule.Category,
            CountedFrom = rule.CountedFrom, Basis = basis!, ChangedBy = actor, AppliesFrom = from,
        };
        version.PeriodDays = change.PeriodDays!.Value;
        version.Outcome = change.Outcome!.Value;
        version.Basis = basis!;
        version.ChangedBy = actor;
        if (same is null) db.RetentionRules.Add(version);
        await db.SaveChangesAsync(ct);
        var what = rule.Category is null ? rule.RecordType : $"{rule.RecordType} ({rule.Category})";
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, RecordType, version.Id.ToString(CultureInfo.InvariantCulture),
            Justification: basis, Detail: $"{what}: {rule.PeriodDays} → {version.PeriodDays} days from {rule.CountedFrom}, {version.Outcome}, " +
                $"applying from {UkTime.FormatDate(from)}"), ct);
        await transaction.CommitAsync(ct);
        return version.Id;
    }
}
