using System.Globalization;
using CitizenFocus.Data;
using CitizenFocus.Statistics;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CitizenFocus.Promises;

/// <summary>
/// Compliance with a standard by unit and calendar month (UK time), from the clocks themselves.
/// A clock counts in the month it started once it is decided: ended, or breached while still open.
/// </summary>
public sealed class ComplianceQueries(CitizenFocusDb db)
{
    private static readonly TimeZoneInfo London = Common.UkTime.Zone;

    public static (DateTime FromUtc, DateTime ToUtc) MonthBounds(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        return (ToUtc(first), ToUtc(first.AddMonths(1)));
    }

    public async Task<IReadOnlyList<ComplianceRow>> ByUnitAsync(string standardCode, ComplianceLevel level,
        DateOnly fromMonth, DateOnly toMonth, string? withinBoroughCode = null, CancellationToken ct = default)
    {
        var standard = await db.ServiceStandards.AsNoTracking().SingleAsync(s => s.Code == standardCode, ct);
        var names = await UnitNamesAsync(level, ct);
        int? boroughFilter = withinBoroughCode is null ? null
            : await db.Boroughs.Where(b => b.Code == withinBoroughCode).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct) ?? -1;

        var rows = new List<ComplianceRow>();
        for (var month = new DateOnly(fromMonth.Year, fromMonth.Month, 1); month <= toMonth; month = month.AddMonths(1))
        {
            var (from, to) = MonthBounds(month);
            var decided = db.Clocks.AsNoTracking()
                .Where(c => c.StandardId == standard.Id && c.StartedAt >= from && c.StartedAt < to
                    && (c.Status == ClockStatus.Ended || c.BreachedAt != null));
            if (boroughFilter is not null) decided = decided.Where(c => c.BoroughId == boroughFilter);

            var counts = level switch
            {
                ComplianceLevel.Force => await decided.GroupBy(c => 0)
                    .Select(g => new { Unit = (int?)g.Key, Decided = g.Count(), Met = g.Count(c => c.Outcome == ClockOutcome.Met) }).ToListAsync(ct),
                ComplianceLevel.Area => await decided
                    .Join(db.Boroughs, c => c.BoroughId, b => b.Id, (c, b) => new { c.Outcome, b.AreaId })
                    .GroupBy(x => x.AreaId)
                    .Select(g => new { Unit = (int?)g.Key, Decided = g.Count(), Met = g.Count(x => x.Outcome == ClockOutcome.Met) }).ToListAsync(ct),
                ComplianceLevel.Borough => await decided.GroupBy(c => c.BoroughId)
                    .Select(g => new { Unit = g.Key, Decided = g.Count(), Met = g.Count(c => c.Outcome == ClockOutcome.Met) }).ToListAsync(ct),
                ComplianceLevel.Ward => await decided.GroupBy(c => c.WardId)
                    .Select(g => new { Unit = g.Key, Decided = g.Count(), Met = g.Count(c => c.Outcome == ClockOutcome.Met) }).ToListAsync(ct),
                _ => await decided.GroupBy(c => c.TeamId)
                    .Select(g => new { Unit = g.Key, Decided = g.Count(), Met = g.Count(c => c.Outcome == ClockOutcome.Met) }).ToListAsync(ct),
            };
            foreach (var c in counts.Where(c => c.Unit is not null))
            {
                var (code, name) = names.GetValueOrDefault(c.Unit!.Value, ("?", "Unknown"));
                var interval = ProportionInterval.Wilson(c.Met, c.Decided);
                rows.Add(new ComplianceRow(standard.Code, level, code, name, month, c.Decided, c.Met,
                    interval?.Estimate, interval?.Low, interval?.High, standard.TargetShare));
            }
        }
        return rows.OrderBy(r => r.Month).ThenBy(r => r.UnitName).ToList();
    }

    /// <summary>Breaches of a standard in a month, with why and what the citizen was told.</summary>
    public async Task<IReadOnlyList<BreachRow>> BreachesAsync(string standardCode, DateOnly month, string? boroughCode, int take = 500, CancellationToken ct = default)
    {
        var (from, to) = MonthBounds(month);
        var clocks = db.Clocks.AsNoTracking()
            .Where(c => c.BreachedAt != null && c.StartedAt >= from && c.StartedAt < to
                && db.ServiceStandards.Any(s => s.Id == c.StandardId && s.Code == standardCode));
        if (boroughCode is not null) clocks = clocks.Where(c => db.Boroughs.Any(b => b.Id == c.BoroughId && b.Code == boroughCode));
        return await clocks.OrderBy(c => c.BreachedAt).Take(take)
            .Select(c => new BreachRow(c.RecordType, c.RecordId, c.Title,
                db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(),
                c.StartedAt, c.BreachedAt!.Value, c.EndedAt, c.BreachReason, c.Explanation))
            .ToListAsync(ct);
    }

    public static readonly string[] CsvHeader =
    [
        "standard", "level", "unit_code", "unit_name", "month", "decided", "met", "breached",
        "share_met", "ci_low", "ci_high", "target_share", "below_target", "significantly_below_target",
    ];

    public static async Task WriteCsvAsync(IEnumerable<ComplianceRow> rows, TextWriter writer, CancellationToken ct = default)
    {
        await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        await csv.WriteRecordAsync(CsvHeader, ct);
        foreach (var r in rows)
            await csv.WriteRecordAsync(
            [
                r.StandardCode, r.Level.ToString().ToLowerInvariant(), r.UnitCode, r.UnitName,
                r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                r.Decided.ToString(CultureInfo.InvariantCulture), r.Met.ToString(CultureInfo.InvariantCulture),
                r.Breached.ToString(CultureInfo.InvariantCulture),
                Fraction(r.Share), Fraction(r.Low), Fraction(r.High), Fraction(r.TargetShare),
                r.BelowTarget ? "true" : "false", r.SignificantlyBelowTarget ? "true" : "false",
            ], ct);
        await csv.FlushAsync(ct);
    }

    private static string Fraction(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    private async Task<Dictionary<int, (string Code, string Name)>> UnitNamesAsync(ComplianceLevel level, CancellationToken ct) => level switch
    {
        ComplianceLevel.Force => await db.Forces.AsNoTracking().Select(f => new { Id = 0, f.Code, f.Name }).Take(1)
            .ToDictionaryAsync(x => x.Id, x => (x.Code, x.Name), ct),
        ComplianceLevel.Area => await db.Areas.AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.Code, x.Name), ct),
        ComplianceLevel.Borough => await db.Boroughs.AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.Code, x.Name), ct),
        ComplianceLevel.Ward => await db.Wards.AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.Code, x.Name), ct),
        _ => await db.Teams.AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.Slug, x.Name), ct),
    };

    private static DateTime ToUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London);
}
