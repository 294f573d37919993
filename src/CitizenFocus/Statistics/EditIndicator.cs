using CitizenFocus.Audit;
using CitizenFocus.Common;
using CitizenFocus.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Statistics;

/// <summary>What an analyst may change in an indicator's definition.</summary>
public sealed record IndicatorChanges(string Name, string PositiveAnswers, string ExcludedAnswers, bool HigherIsBetter);

/// <summary>
/// An analyst changes which answers count as positive (or are left out) for an indicator. The change
/// applies to every figure computed afterwards, so it is audited with the before and after.
/// </summary>
public sealed class EditIndicator(CitizenFocusDb db, AuditLog audit, TimeProvider time)
{
    public async Task<Result> HandleAsync(string code, IndicatorChanges changes, string actor, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        var name = changes.Name?.Trim() ?? "";
        if (name.Length == 0) errors.Add(new ValidationError(nameof(IndicatorChanges.Name), "Enter the indicator's name"));
        else if (name.Length > 200) errors.Add(new ValidationError(nameof(IndicatorChanges.Name), "The name must be 200 characters or fewer"));
        var positive = Normalise(changes.PositiveAnswers);
        var excluded = Normalise(changes.ExcludedAnswers);
        if (positive.Length == 0)
            errors.Add(new ValidationError(nameof(IndicatorChanges.PositiveAnswers), "Enter at least one answer that counts as positive, one per line"));
        else if (string.Join('|', positive).Length > 500)
            errors.Add(new ValidationError(nameof(IndicatorChanges.PositiveAnswers), "The positive answers must be 500 characters or fewer in all"));
        if (string.Join('|', excluded).Length > 500)
            errors.Add(new ValidationError(nameof(IndicatorChanges.ExcludedAnswers), "The answers left out must be 500 characters or fewer in all"));
        var both = positive.Intersect(excluded, StringComparer.OrdinalIgnoreCase).ToList();
        if (both.Count > 0)
            errors.Add(new ValidationError(nameof(IndicatorChanges.ExcludedAnswers), $"'{both[0]}' cannot both count as positive and be left out"));
        if (errors.Count > 0) return Result.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var indicator = await db.IndicatorDefinitions.SingleOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null) return Result.NotFound("code", $"There is no indicator {code}");
        var before = $"positive: {indicator.PositiveAnswers}; left out: {indicator.ExcludedAnswers}; higher is better: {indicator.HigherIsBetter}";
        indicator.Name = name;
        indicator.PositiveAnswers = string.Join('|', positive);
        indicator.ExcludedAnswers = string.Join('|', excluded);
        indicator.HigherIsBetter = changes.HigherIsBetter;
        indicator.UpdatedAt = time.GetUtcNow().UtcDateTime;
        indicator.UpdatedBy = actor;
        await db.SaveChangesAsync(ct);
        var after = $"positive: {indicator.PositiveAnswers}; left out: {indicator.ExcludedAnswers}; higher is better: {indicator.HigherIsBetter}";
        await audit.AppendAsync(new AuditRecord(actor, AuditAction.Alteration, "Indicator", code, Detail: $"was {before}; now {after}"), ct);
        await tx.CommitAsync(ct);
        return Result.Ok();
    }

    private static string[] Normalise(string? text) =>
        (text ?? "").Split(['\n', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
