using System.Globalization;
using System.Linq.Expressions;
using CitizenFocus.Data;
using CitizenFocus.Organisation;
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

    /// <param name="level">The organisational level of the units reported; null for neighbourhood teams.</param>
    /// <param name="dimension">
    /// One of the standard's dimension names (grade, channel, crime type…) to break each unit's figures down by;
    /// none for one row per unit and month.
    /// </param>
    public async Task<IReadOnlyList<ComplianceRow>> ByUnitAsync(string standardCode, OrgLevel? level,
        DateOnly fromMonth, DateOnly toMonth, string? withinBoroughCode = null, string? dimension = null, CancellationToken ct = default)
    {
        var standard = await db.ServiceStandards.AsNoTracking().SingleAsync(s => s.Code == standardCode, ct);
        int? slot = null;
        if (dimension is not null)
            slot = standard.DimensionSlot(dimension) ?? throw new ArgumentException($"{standard.Name} has no dimension \"{dimension}\".", nameof(dimension));
        var names = await UnitNamesAsync(level, ct);
        int? boroughFilter = withinBoroughCode is null ? null
            : await db.Boroughs.Where(b => b.Code == withinBoroughCode).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct) ?? -1;

        var rows = new List<ComplianceRow>();
        for (var month = new DateOnly(fromMonth.Year, fromMonth.Month, 1); month <= toMonth; month = month.AddMonths(1))
        {
            var (from, to) = MonthBounds(month);
            var decided = Decided(db.Clocks.AsNoTracking())
                .Where(c => c.StandardId == standard.Id && c.StartedAt >= from && c.StartedAt < to);
            if (boroughFilter is not null) decided = decided.Where(c => c.BoroughId == boroughFilter);

            var counts = await decided.Select(Fact(level, slot))
                .GroupBy(f => new { f.Unit, f.Value })
                .Select(g => new { g.Key.Unit, g.Key.Value, Decided = g.Count(), Met = g.Count(f => f.Met) })
                .ToListAsync(ct);
            foreach (var c in counts.Where(c => c.Unit is not null))
            {
                var (code, name) = names.GetValueOrDefault(c.Unit!.Value, ("?", "Unknown"));
                var interval = ProportionInterval.Wilson(c.Met, c.Decided);
                rows.Add(new ComplianceRow(standard.Code, level, code, name, month, c.Decided, c.Met,
                    interval?.Estimate, interval?.Low, interval?.High, standard.TargetShare)
                {
                    Dimension = dimension is null ? null : standard.DimensionNames[slot!.Value],
                    DimensionValue = dimension is null ? null : c.Value ?? NotRecorded,
                });
            }
        }
        return rows.OrderBy(r => r.Month).ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ThenBy(r => r.DimensionValue, StringComparer.Ordinal).ToList();
    }

    /// <summary>How a clock without a value for the chosen dimension is shown.</summary>
    public const string NotRecorded = "Not recorded";

    /// <summary>
    /// Clocks that count: ended met or breached, or breached while still open. A clock whose promise
    /// stopped applying (not applicable) is not a case at all.
    /// </summary>
    public static IQueryable<Clock> Decided(IQueryable<Clock> clocks) =>
        clocks.Where(c => (c.Status == ClockStatus.Ended && c.Outcome != ClockOutcome.NotApplicable)
            || (c.Status != ClockStatus.Ended && c.BreachedAt != null));

    private sealed class ClockFact
    {
        public int? Unit { get; init; }
        public string? Value { get; init; }
        public bool Met { get; init; }
    }

    /// <summary>A clock as the unit it counts in, its value of the chosen dimension, and whether it met the standard.</summary>
    private Expression<Func<Clock, ClockFact>> Fact(OrgLevel? level, int? slot)
    {
        Expression<Func<Clock, int?>> unit = level switch
        {
            OrgLevel.Force => c => 0,
            OrgLevel.Area => c => db.Boroughs.Where(b => b.Id == c.BoroughId).Select(b => (int?)b.AreaId).FirstOrDefault(),
            OrgLevel.Borough => c => c.BoroughId,
            OrgLevel.Ward => c => c.WardId,
            _ => c => c.TeamId,
        };
        Expression<Func<Clock, string?>> value = slot switch
        {
            null => c => null,
            0 => c => c.Dimension1,
            1 => c => c.Dimension2,
            2 => c => c.Dimension3,
            _ => c => c.Dimension4,
        };
        var clock = Expression.Parameter(typeof(Clock), "c");
        Expression Body(LambdaExpression e) => new Rebind(e.Parameters[0], clock).Visit(e.Body);
        Expression<Func<Clock, bool>> met = c => c.Outcome == ClockOutcome.Met;
        var body = Expression.MemberInit(Expression.New(typeof(ClockFact)),
            Expression.Bind(typeof(ClockFact).GetProperty(nameof(ClockFact.Unit))!, Body(unit)),
            Expression.Bind(typeof(ClockFact).GetProperty(nameof(ClockFact.Value))!, Body(value)),
            Expression.Bind(typeof(ClockFact).GetProperty(nameof(ClockFact.Met))!, Body(met)));
        return Expression.Lambda<Func<Clock, ClockFact>>(body, clock);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>Breaches of a standard in a month, with why and what the citizen was told.</summary>
    public async Task<IReadOnlyList<BreachRow>> BreachesAsync(string standardCode, DateOnly month, string? boroughCode, int take = 500, CancellationToken ct = default)
    {
        var (from, to) = MonthBounds(month);
        var clocks = db.Clocks.AsNoTracking()
            .Where(c => c.BreachedAt != null && c.Outcome != ClockOutcome.Met && c.Outcome != ClockOutcome.NotApplicable
                && c.StartedAt >= from && c.StartedAt < to
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
        "every_case", "dimension", "dimension_value",
    ];

    public static async Task WriteCsvAsync(IEnumerable<ComplianceRow> rows, TextWriter writer, CancellationToken ct = default)
    {
        await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        await csv.WriteRecordAsync(CsvHeader, ct);
        foreach (var r in rows)
            await csv.WriteRecordAsync(
            [
                r.StandardCode, r.Level?.ToString().ToLowerInvariant() ?? "team", r.UnitCode, r.UnitName,
                r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                r.Decided.ToString(CultureInfo.InvariantCulture), r.Met.ToString(CultureInfo.InvariantCulture),
                r.Breached.ToString(CultureInfo.InvariantCulture),
                Fraction(r.Share), Fraction(r.Low), Fraction(r.High), Fraction(r.TargetShare),
                r.BelowTarget ? "true" : "false", r.SignificantlyBelowTarget ? "true" : "false",
                r.EveryCase ? "true" : "false", r.Dimension ?? "", r.DimensionValue ?? "",
            ], ct);
        await csv.FlushAsync(ct);
    }

    private static string Fraction(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    private async Task<Dictionary<int, (string Code, string Name)>> UnitNamesAsync(OrgLevel? level, CancellationToken ct) => level switch
    {
        OrgLevel.Force => await db.Forces.AsNoTracking().Select(f => new { Id = 0, f.Code, f.Name }).Take(1)
            .ToDictionaryAsync(x => x.Id, x => (x.Code, x.Name), ct),
        OrgLevel.Area => await db.Areas.AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.Code, x.Name), ct),
        OrgLevel.Borough => await db.Boroughs.AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.Code, x.Name), ct),
        OrgLevel.Ward => await db.Wards.AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.Code, x.Name), ct),
        _ => await db.Teams.AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.Slug, x.Name), ct),
    };

    private static DateTime ToUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London);
}
